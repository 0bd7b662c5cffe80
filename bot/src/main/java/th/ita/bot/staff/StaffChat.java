package th.ita.bot.staff;

import java.util.List;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.ita.bot.line.ChatFeature;
import th.ita.bot.line.ChatInput;
import th.ita.survey.plan.LastYear;
import th.ita.survey.staff.StaffService;

/**
 * Staff commands in the chat: registration with a one-time code, live scores, OIT judgements and
 * population settings. Ordered before the other features so that staff words win; people who are
 * not staff get a polite refusal and no figure.
 */
@Component
@Order(10)
class StaffChat implements ChatFeature {

	private final StaffService staff;

	private final LastYear lastYear;

	StaffChat(StaffService staff, LastYear lastYear) {
		this.staff = staff;
		this.lastYear = lastYear;
	}

	@Override
	public Optional<List<Message>> command(ChatInput input) {
		if (!input.isText()) {
			return Optional.empty();
		}
		StaffCommands.Parsed parsed = StaffCommands.parse(input.text());
		if (parsed instanceof StaffCommands.Parsed.Command c) {
			return Optional.of(StaffMessages.render(staff.handle(input.userId(), c.command()), lastYear));
		}
		if (parsed instanceof StaffCommands.Parsed.Malformed m && staff.member(input.userId()).isPresent()) {
			return Optional.of(List.of(StaffMessages.usage(m.word())));
		}
		return Optional.empty(); // malformed from someone else: maybe free text in a survey, not ours
	}

	@Override
	public List<Message> help(String userId) {
		return staff.member(userId).map(m -> List.of(StaffMessages.help(m))).orElse(List.of());
	}
}
