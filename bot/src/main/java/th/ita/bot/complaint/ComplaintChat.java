package th.ita.bot.complaint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.ita.bot.line.ChatFeature;
import th.ita.bot.line.ChatInput;
import th.ita.bot.line.LoadingIndicator;
import th.ita.bot.line.Messages;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.complaint.ComplaintCommand;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.ComplaintStep;

/**
 * The anonymous complaint and opinion channel in the chat: "ร้องเรียน", "ความคิดเห็น" and
 * "ติดตาม CODE" (alias "status CODE") start it; buttons carry {@code cp:} data.
 * <p>
 * While a person has something open here, this feature takes their free text, photos and other
 * messages even if a survey is also open: the complaint was started later, and survey answers are
 * buttons anyway. Command words only count as commands when what follows has the expected form
 * (an agency code, a receipt code): a complaint's text may well begin with "ร้องเรียน ..." and
 * must not be lost.
 */
@Component
@Order(30)
class ComplaintChat implements ChatFeature {

	private static final String COMPLAINT_WORDS = "ร้องเรียน|ร้องเรียนการทุจริต|แจ้งทุจริต|COMPLAINT|REPORT";

	private static final String OPINION_WORDS = "ความคิดเห็น|แสดงความคิดเห็น|เสนอแนะ|ข้อเสนอแนะ|OPINION|SUGGESTION|FEEDBACK";

	private static final String TRACK_WORDS = "ติดตาม|ติดตามเรื่อง|STATUS|TRACK";

	private static final Pattern START_COMPLAINT = Pattern
		.compile("^(?:" + COMPLAINT_WORDS + ")(?:\\s+([A-Za-z0-9_-]{1,20}))?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern START_OPINION = Pattern
		.compile("^(?:" + OPINION_WORDS + ")(?:\\s+([A-Za-z0-9_-]{1,20}))?$", Pattern.CASE_INSENSITIVE);

	/** A receipt code is Latin letters, digits, dashes and spaces; anything else is not one. */
	private static final Pattern TRACK = Pattern.compile("^(?:" + TRACK_WORDS + ")(?:\\s+([A-Za-z0-9][A-Za-z0-9 -]{0,40}))?$",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Button labels typed instead of tapped (LINE for PC shows no quick replies): they do what the
	 * button does and never become part of the complaint's text. Matched without the icons.
	 */
	private static final List<String> CANCEL_WORDS = List.of("ยกเลิก", "CANCEL");

	private static final List<String> DONE_WORDS = List.of("เสร็จสิ้น", "DONE", "ตรวจทานและส่ง", "ตรวจทาน", "ตรวจทานแล้วส่ง");

	private static final List<String> CONFIRM_WORDS = List.of("ยืนยัน", "ยืนยันส่ง", "CONFIRM");

	/** Seconds of LINE's loading animation while a photo is fetched and cleaned. */
	private static final int PHOTO_SECONDS = 10;

	private final ComplaintService complaints;

	private final LinePhotos photos;

	private final LoadingIndicator loading;

	private final AgencyDirectory agencies;

	ComplaintChat(ComplaintService complaints, LinePhotos photos, LoadingIndicator loading, AgencyDirectory agencies) {
		this.complaints = complaints;
		this.photos = photos;
		this.loading = loading;
		this.agencies = agencies;
	}

	@Override
	public Optional<List<Message>> command(ChatInput input) {
		if (input.isPostback()) {
			if (!input.text().startsWith(ComplaintPostbacks.PREFIX)) {
				return Optional.empty();
			}
			ComplaintCommand command = ComplaintPostbacks.parse(input.text()).orElse(new ComplaintCommand.Resume());
			return Optional.of(render(input.userId(), command));
		}
		if (input.isText()) {
			Optional<ComplaintCommand> start = start(input.text());
			if (start.isPresent()) {
				return Optional.of(render(input.userId(), start.get()));
			}
		}
		if (input.kind() != ChatInput.Kind.FOLLOW && complaints.hasDraft(input.userId())) {
			return Optional.of(continueFlow(input));
		}
		return Optional.empty();
	}

	static Optional<ComplaintCommand> start(String text) {
		Matcher m = START_COMPLAINT.matcher(text);
		if (m.matches()) {
			return Optional.of(new ComplaintCommand.StartComplaint(m.group(1)));
		}
		m = START_OPINION.matcher(text);
		if (m.matches()) {
			return Optional.of(new ComplaintCommand.StartOpinion(m.group(1)));
		}
		m = TRACK.matcher(text);
		if (m.matches()) {
			return Optional.of(new ComplaintCommand.Track(m.group(1)));
		}
		return Optional.empty();
	}

	@Override
	public boolean hasOpenFlow(String userId) {
		return complaints.hasDraft(userId);
	}

	@Override
	public List<Message> continueFlow(ChatInput input) {
		return render(input.userId(), inFlow(input));
	}

	private ComplaintCommand inFlow(ChatInput input) {
		return switch (input.kind()) {
			case TEXT -> {
				String word = label(input.text());
				if (CANCEL_WORDS.contains(word)) {
					yield new ComplaintCommand.Cancel();
				}
				if (DONE_WORDS.contains(word)) {
					yield new ComplaintCommand.Done();
				}
				if (CONFIRM_WORDS.contains(word)) {
					yield new ComplaintCommand.Confirm();
				}
				yield new ComplaintCommand.Text(input.text());
			}
			case IMAGE -> {
				loading.show(input.userId(), PHOTO_SECONDS);
				yield new ComplaintCommand.Photo(photos.of(input.messageId()));
			}
			case FOLLOW, POSTBACK -> new ComplaintCommand.Resume();
			case OTHER -> new ComplaintCommand.Unsupported();
		};
	}

	/** Typed text as a button label: icons ("✅", "✖") and spaces dropped, upper-cased. */
	static String label(String text) {
		StringBuilder b = new StringBuilder();
		text.codePoints().filter(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
				|| Character.getType(c) == Character.COMBINING_SPACING_MARK).forEach(b::appendCodePoint);
		return b.toString().toUpperCase(Locale.ROOT);
	}

	private List<Message> render(String userId, ComplaintCommand command) {
		ComplaintStep step = complaints.handle(userId, command);
		if (command instanceof ComplaintCommand.Text typed && step instanceof ComplaintStep.Hint hint
				&& hint.reason() == ComplaintStep.Reason.UNKNOWN_AGENCY && hint.prompt() instanceof ComplaintStep.ChooseAgency choose) {
			// not a code at the agency step: part of a name, so the agencies that match it
			List<Agency> found = agencies.search(typed.text(), ComplaintChoices.MAX_AGENCIES);
			if (!found.isEmpty()) {
				List<Message> out = new java.util.ArrayList<>();
				out.add(Messages.text("ผลการค้นหา \"" + Messages.fit(typed.text(), 40) + "\": พบ " + agencies.count(typed.text())
						+ " หน่วยงาน กด \"เลือก\" ที่หน่วยงานที่ท่านต้องการ หรือพิมพ์คำอื่นเพื่อค้นหาอีกครั้ง"));
				out.addAll(ComplaintMessages.render(new ComplaintStep.ChooseAgency(choose.kind(), found)));
				return out;
			}
		}
		return ComplaintMessages.render(step);
	}
}
