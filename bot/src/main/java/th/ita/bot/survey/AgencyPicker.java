package th.ita.bot.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;

import org.springframework.stereotype.Component;

import th.ita.bot.line.Bubbles;
import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;

/**
 * Choosing the agency to assess among hundreds: search by part of the name or the code, results
 * as a list that shows full names (a button label holds only 20 characters, and a province's
 * agencies share their first 20), each with its own "เลือก" button.
 */
@Component
public class AgencyPicker {

	/** Rows per bubble, and results shown: 6 bubbles of long names stay well under LINE's 50 KB a message. */
	static final int PER_BUBBLE = 5;

	static final int MAX_RESULTS = 30;

	/** Up to this many agencies are listed at once without asking for a search. */
	static final int LIST_ALL_UP_TO = 10;

	private final AgencyDirectory agencies;

	AgencyPicker(AgencyDirectory agencies) {
		this.agencies = agencies;
	}

	/** "ทำแบบประเมิน": the agencies when few, else how to search. */
	List<Message> start() {
		List<Agency> all = agencies.all();
		if (all.size() <= LIST_ALL_UP_TO) {
			return list("เลือกหน่วยงานที่ท่านต้องการประเมิน", "เลือกหน่วยงาน หรือพิมพ์ชื่อหน่วยงานบางส่วนเพื่อค้นหา", all, all.size());
		}
		return List.of(Messages.text("เลือกหน่วยงานที่ท่านต้องการประเมิน\nระบบมีหน่วยงาน " + all.size()
				+ " แห่ง กรุณาพิมพ์ชื่อหน่วยงานบางส่วน หรือรหัสหน่วยงาน เช่น\n• ค้นหา สาธารณสุข ภูเก็ต\n• ค้นหา PKT\n"
				+ "หรือสแกน QR code / เปิดลิงก์ที่หน่วยงานให้ไว้", MainMenu.actions()));
	}

	/** Results of a search typed as "ค้นหา ..." (always an answer, even when nothing matches). */
	List<Message> search(String query) {
		return find(query).orElseGet(() -> List.of(Messages.text("ไม่พบหน่วยงานที่ชื่อหรือรหัสมีคำว่า \"" + Messages.fit(query, 40)
				+ "\" กรุณาลองคำอื่น เช่น ชื่ออำเภอหรือจังหวัด", MainMenu.actions())));
	}

	/** Results for text that may be an agency's name; empty when nothing matches. */
	public Optional<List<Message>> find(String query) {
		String q = query == null ? "" : query.trim();
		if (q.codePointCount(0, q.length()) < 2 || q.length() > 100) {
			return Optional.empty();
		}
		List<Agency> found = agencies.search(q, MAX_RESULTS);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		int total = found.size() < MAX_RESULTS ? found.size() : agencies.count(q);
		String intro = total > found.size()
				? "พบ " + total + " หน่วยงาน แสดง " + found.size() + " แห่งแรก พิมพ์คำให้เจาะจงขึ้นเพื่อค้นหาต่อ เช่น \"ค้นหา " + q + " อำเภอ\""
				: "พบ " + total + " หน่วยงาน กด \"เลือก\" ที่หน่วยงานที่ท่านต้องการประเมิน";
		return Optional.of(list("ผลการค้นหา \"" + Messages.fit(q, 30) + "\"", intro, found, total));
	}

	private static List<Message> list(String title, String intro, List<Agency> agencies, int total) {
		List<Bubbles.Choice> choices = new ArrayList<>();
		StringBuilder alt = new StringBuilder(title).append(": ");
		for (Agency a : agencies) {
			choices.add(new Bubbles.Choice(a.name(), "รหัส " + a.code(), Messages.postback("เลือก", "survey:pick:" + a.code(), a.name())));
			alt.append(a.name()).append(" (").append(a.code()).append("), ");
		}
		List<Action> quick = new ArrayList<>();
		if (agencies.size() <= 3) {
			agencies.forEach(a -> quick.add(Messages.postback(a.name(), "survey:pick:" + a.code(), a.name())));
		}
		quick.addAll(MainMenu.actions());
		return Bubbles.messages(alt.toString(), Bubbles.choices(title, intro, choices, PER_BUBBLE), quick, 1);
	}
}
