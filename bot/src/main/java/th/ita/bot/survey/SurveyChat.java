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

	/** "ค้นหา สาธารณสุข", "หา ภูเก็ต", "หน่วยงาน PKT": a search among the agencies. */
	private static final Pattern SEARCH = Pattern.compile("^(?:ค้นหา|หา|หน่วยงาน|ค้นหาหน่วยงาน|SEARCH|FIND)\\s+(.{1,100})$",
			Pattern.CASE_INSENSITIVE);

	/** "แก้ไขข้อ 5", "แก้ข้อ ๕", "แก้ไข 5": open item 5 from the summary. */
	private static final Pattern EDIT = Pattern.compile("^(?:แก้ไข|แก้)\\s*(?:ข้อ)?\\s*([0-9๐-๙]{1,3})$");

	/** Typed words that do what a button of the survey does (the button labels, without their icons). */
	private static final Set<String> BACK_WORDS = Set.of("ย้อนกลับ", "BACK", "กลับไปที่สรุป");

	private static final Set<String> CANCEL_WORDS = Set.of("ยกเลิก", "CANCEL", "ยกเลิกแบบประเมิน");

	private static final Set<String> CANCEL_CONFIRMED_WORDS = Set.of("ยืนยันยกเลิก", "ลบคำตอบและยกเลิก");

	private static final Set<String> RESUME_WORDS = Set.of("ทำต่อ", "ทำแบบประเมินต่อ");

	private static final Set<String> SUBMIT_WORDS = Set.of("ส่งแบบประเมิน", "SUBMIT");

	private final SurveyService surveys;

	private final AgencyDirectory agencies;

	private final AgencyPicker picker;

	SurveyChat(SurveyService surveys, AgencyDirectory agencies, AgencyPicker picker) {
		this.surveys = surveys;
		this.agencies = agencies;
		this.picker = picker;
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
				return Optional.of(List.of(MainMenu.welcome("รับทราบครับ หากต้องการทำแบบประเมินภายหลัง กด \"ทำแบบประเมิน\" ได้ทุกเมื่อ")));
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
			return Optional.of(picker.start());
		}
		Matcher search = SEARCH.matcher(input.text());
		if (search.matches() && !surveys.inProgress(input.userId())) {
			return Optional.of(picker.search(search.group(1)));
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
		return render(input.userId(), inFlow(input));
	}

	static SurveyCommand inFlow(ChatInput input) {
		SurveyCommand command;
		String word = input.isText() ? label(input.text()) : "";
		Matcher edit = EDIT.matcher(word);
		if (BACK_WORDS.contains(word)) {
			command = new SurveyCommand.Back();
		}
		else if (CANCEL_WORDS.contains(word)) {
			command = new SurveyCommand.Cancel();
		}
		else if (CANCEL_CONFIRMED_WORDS.contains(word)) {
			command = new SurveyCommand.CancelConfirmed(null, null);
		}
		else if (RESUME_WORDS.contains(word)) {
			command = new SurveyCommand.Resume();
		}
		else if (SUBMIT_WORDS.contains(word)) {
			command = new SurveyCommand.Submit();
		}
		else if (edit.matches()) {
			command = SurveyCommand.Edit.number(Integer.parseInt(thaiDigits(edit.group(1))));
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
		return command;
	}

	/** A typed text as a button label: icons ("✅", "◀", "✖") and outer spaces dropped, upper-cased. */
	static String label(String text) {
		String t = text.strip();
		int start = 0;
		while (start < t.length()) {
			int c = t.codePointAt(start);
			if (Character.isLetterOrDigit(c)) {
				break;
			}
			start += Character.charCount(c);
		}
		return t.substring(start).strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
	}

	private static String thaiDigits(String s) {
		StringBuilder b = new StringBuilder();
		s.chars().forEach(c -> b.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : (char) c));
		return b.toString();
	}

	private List<Message> render(String userId, SurveyCommand command) {
		SurveyStep step = surveys.handle(userId, command);
		if (step instanceof SurveyStep.NoSurvey) {
			return List.of(Messages.text("ตอนนี้ไม่มีแบบประเมินที่กำลังทำอยู่", MainMenu.actions()));
		}
		return SurveyMessages.render(step);
	}
}
