package th.ita.bot.complaint;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Bubbles;
import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.bot.line.ThaiDates;
import th.ita.survey.complaint.Complaint;
import th.ita.survey.complaint.ComplaintStep;

/**
 * Renders the channel's steps as chat messages, within LINE's limits (5 messages, 5,000 characters
 * each, 13 quick replies). A complaint's text of up to 10,000 characters is shown in chunks. The
 * wording is by reply family: {@link FilingMessages} while writing, {@link TrackingMessages} when
 * following up with the receipt code, {@link HintMessages} for why a message changed nothing.
 */
final class ComplaintMessages {

	/** Room for a chunk of complaint text in one message, with a header line. */
	static final int CHUNK = 4_500;

	private ComplaintMessages() {
	}

	/** One message before it becomes a LINE message: text and its quick replies. */
	record Out(String text, List<Action> actions) {

		static Out of(String text) {
			return new Out(text, List.of());
		}
	}

	static List<Message> render(ComplaintStep step) {
		List<Message> messages = new ArrayList<>();
		List<Out> outs = outs(step);
		List<Bubbles.Choice> choices = ComplaintChoices.of(step instanceof ComplaintStep.Hint h && h.prompt() != null ? h.prompt() : step);
		for (int i = 0; i < outs.size(); i++) {
			Out o = outs.get(i);
			if (i == outs.size() - 1 && !choices.isEmpty()) {
				// a choice: the options as buttons in the message body too (LINE for PC shows no quick replies)
				messages.addAll(Bubbles.messages(o.text(), Bubbles.choices("โปรดเลือก", o.text(), choices, ComplaintChoices.PER_BUBBLE),
						o.actions(), 1));
			}
			else {
				messages.add(o.actions().isEmpty() ? Messages.text(o.text()) : Messages.text(o.text(), o.actions()));
			}
		}
		return messages;
	}

	static List<Out> outs(ComplaintStep step) {
		if (step instanceof ComplaintStep.Hint hint) {
			return HintMessages.outs(hint);
		}
		if (step instanceof ComplaintStep.ChooseAgency c) {
			return FilingMessages.chooseAgency(c);
		}
		if (step instanceof ComplaintStep.ChooseCategory c) {
			return FilingMessages.chooseCategory(c);
		}
		if (step instanceof ComplaintStep.ChooseTopic t) {
			return FilingMessages.chooseTopic(t);
		}
		if (step instanceof ComplaintStep.AskDetails a) {
			return FilingMessages.askDetails(a);
		}
		if (step instanceof ComplaintStep.Collecting c) {
			return FilingMessages.collecting(c);
		}
		if (step instanceof ComplaintStep.Review r) {
			return FilingMessages.review(r);
		}
		if (step instanceof ComplaintStep.Filed f) {
			return FilingMessages.filed(f);
		}
		if (step instanceof ComplaintStep.OpinionSent o) {
			return FilingMessages.opinionSent(o);
		}
		if (step instanceof ComplaintStep.Cancelled c) {
			return FilingMessages.cancelled(c);
		}
		if (step instanceof ComplaintStep.AskCode) {
			return TrackingMessages.askCode();
		}
		if (step instanceof ComplaintStep.NotFound n) {
			return TrackingMessages.notFound(n);
		}
		if (step instanceof ComplaintStep.Status s) {
			return TrackingMessages.status(s);
		}
		if (step instanceof ComplaintStep.Adding a) {
			return TrackingMessages.adding(a);
		}
		if (step instanceof ComplaintStep.InfoAdded i) {
			return TrackingMessages.infoAdded(i);
		}
		if (step instanceof ComplaintStep.FollowUpEnded) {
			return TrackingMessages.followUpEnded();
		}
		if (step instanceof ComplaintStep.NoDraft) {
			return List.of(new Out("ไม่มีรายการที่ค้างอยู่ (อาจหมดเวลาแล้ว) กรุณาเลือกจากเมนูด้านล่าง", MainMenu.actions()));
		}
		return List.of(new Out("ขออภัย ระบบยังไม่เข้าใจข้อความนี้ กรุณาเลือกจากเมนูด้านล่าง", MainMenu.actions()));
	}

	/** The newest notes that fit, oldest of them first. */
	static String thread(List<Complaint.Note> notes, int budget) {
		List<String> lines = new ArrayList<>();
		int used = 0;
		int shown = 0;
		for (int i = notes.size() - 1; i >= 0; i--) {
			Complaint.Note n = notes.get(i);
			String line = ThaiDates.format(n.on()) + " · " + (n.author() == Complaint.Author.STAFF ? "เจ้าหน้าที่" : "ผู้ร้องเรียน")
					+ ":\n" + n.text();
			if (used + line.length() + 2 > budget) {
				if (shown == 0) {
					line = Messages.fit(line, budget - 100);
				}
				else {
					break;
				}
			}
			lines.add(0, line);
			used += line.length() + 2;
			shown++;
		}
		String title = "💬 การติดต่อในเรื่องนี้" + (shown < notes.size() ? " (" + shown + " รายการล่าสุดจาก " + notes.size() + ")" : "");
		return title + "\n\n" + String.join("\n\n", lines);
	}

	/**
	 * Cuts text into pieces of {@code size} code points (Thai has no spaces to cut at, and cutting
	 * at line breaks could need more pieces than a reply has room for).
	 */
	static List<String> chunks(String text, int size) {
		List<String> out = new ArrayList<>();
		String rest = text == null ? "" : text;
		while (rest.codePointCount(0, rest.length()) > size) {
			int cut = rest.offsetByCodePoints(0, size);
			out.add(rest.substring(0, cut));
			rest = rest.substring(cut);
		}
		out.add(rest);
		return out;
	}

	static Action cancel() {
		return Messages.postback("✖ ยกเลิก", ComplaintPostbacks.CANCEL, "ยกเลิก");
	}
}
