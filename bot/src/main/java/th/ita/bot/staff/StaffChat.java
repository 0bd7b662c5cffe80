package th.ita.bot.staff;

import java.util.List;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.ita.bot.line.ChatFeature;
import th.ita.bot.line.ChatInput;
import th.ita.bot.line.Messages;
import th.ita.survey.agency.Agency;
import th.ita.survey.staff.StaffMember;
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
			List<Message> reply = StaffMessages.render(staff.handle(input.userId(), c.command()), lastYear);
			return Optional.of(staff.member(input.userId())
				.map(m -> StaffMenu.under(reply, StaffMenu.actions(m, shown(m, c.command().agency())), true))
				.orElse(reply));
		}
		Optional<StaffMember> member = staff.member(input.userId());
		if (parsed instanceof StaffCommands.Parsed.Malformed m && member.isPresent()) {
			return Optional.of(List.of(Messages.text(StaffHelp.usage(m.word()),
					StaffMenu.actions(member.get(), member.get().agency()))));
		}
		return Optional.empty(); // malformed from someone else: maybe free text in a survey, not ours
	}

	/** The agency the answer is about: the one named, if the member may act there, else their own. */
	private static String shown(StaffMember m, String asked) {
		String a = asked == null ? null : Agency.normalize(asked);
		return a != null && m.mayAct(a) ? a : m.agency();
	}

	@Override
	public List<Message> help(String userId) {
		return staff.member(userId).map(m -> List.of(StaffHelp.message(m))).orElse(List.of());
	}
}
