package th.ita.bot.survey;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.ita.bot.line.ChatFeature;
import th.ita.bot.line.ChatInput;
import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.scoring.Tool;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.conversation.SurveyCommand;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.conversation.SurveyStep;

/** The IIT/EIT survey in the chat: entry words and links, answer buttons, free text inside a survey. */
@Component
@Order(20)
class SurveyChat implements ChatFeature {

	/** "EIT PKT", "IIT PKT 1234" (also what the entry links and QR codes type for the person). */
	private static final Pattern START = Pattern.compile("^(IIT|EIT)\\s+([A-Za-z0-9_-]{1,20})(?:\\s+(\\S{1,40}))?$",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> MENU_WORDS = Set.of("ทำแบบประเมิน", "แบบประเมิน", "ประเมิน", "SURVEY");

	private static final Set<String> BACK_WORDS = Set.of("ย้อนกลับ", "BACK");

	private static final Set<String> CANCEL_WORDS = Set.of("ยกเลิก", "CANCEL");

	private final SurveyService surveys;

	private final AgencyDirectory agencies;

	SurveyChat(SurveyService surveys, AgencyDirectory agencies) {
		this.surveys = surveys;
		this.agencies = agencies;
	}

	@Override
	public Optional<List<Message>> command(ChatInput input) {
		if (input.isPostback()) {
			String data = input.text();
			if (data.startsWith("survey:pick:")) {
				return Optional.of(agencies.find(data.substring("survey:pick:".length()))
					.map(a -> List.<Message>of(SurveyMessages.chooseForm(a)))
					.orElseGet(() -> List.of(MainMenu.notUnderstood())));
			}
			if (data.equals("survey:none")) {
				return Optional.of(List.of(Messages.text("รับทราบครับ", MainMenu.actions())));
			}
			return SurveyPostbacks.parse(data).map(c -> render(input.userId(), c));
		}
		if (!input.isText()) {
			return Optional.empty();
		}
		Matcher m = START.matcher(input.text());
		if (m.matches()) {
			Tool tool = Tool.parse(m.group(1));
			return Optional.of(render(input.userId(), new SurveyCommand.Start(tool, m.group(2), m.group(3))));
		}
		if (MENU_WORDS.contains(input.text().toUpperCase(java.util.Locale.ROOT))) {
			if (surveys.inProgress(input.userId())) {
				return Optional.of(render(input.userId(), new SurveyCommand.Resume()));
			}
			return Optional.of(List.of(SurveyMessages.chooseAgency(agencies.all())));
		}
		return Optional.empty();
	}

	@Override
	public boolean hasOpenFlow(String userId) {
		return surveys.inProgress(userId);
	}

	@Override
	public java.time.Instant lastActivity(String userId) {
		return surveys.lastActivity(userId).orElse(java.time.Instant.EPOCH);
	}

	@Override
	public List<Message> continueFlow(ChatInput input) {
		SurveyCommand command;
		String word = input.isText() ? input.text().toUpperCase(java.util.Locale.ROOT) : "";
		if (BACK_WORDS.contains(word)) {
			command = new SurveyCommand.Back();
		}
		else if (CANCEL_WORDS.contains(word)) {
			command = new SurveyCommand.Cancel();
		}
		else if (input.isText()) {
			command = new SurveyCommand.Text(input.text());
		}
		else if (input.kind() == ChatInput.Kind.FOLLOW) {
			command = new SurveyCommand.Resume();
		}
		else {
			command = new SurveyCommand.Other();
		}
		return render(input.userId(), command);
	}

	private List<Message> render(String userId, SurveyCommand command) {
		SurveyStep step = surveys.handle(userId, command);
		if (step instanceof SurveyStep.NoSurvey) {
			return List.of(Messages.text("ตอนนี้ไม่มีแบบประเมินที่กำลังทำอยู่", MainMenu.actions()));
		}
		return SurveyMessages.render(step);
	}
}
