package th.ita.survey.conversation;

import java.util.List;

import th.ita.scoring.Item;
import th.ita.scoring.Question;

/**
 * Short forms of the seed's wording for the summary: the question's closing words ("มากน้อยเพียงใด",
 * "หรือไม่") are dropped, the rest is kept as printed, so a person recognises what they answered.
 */
final class Wording {

	private static final List<String> CLOSINGS = List.of("มากน้อยเพียงใด", "หรือไม่", "อย่างไร");

	private Wording() {
	}

	/** The question's stem when its items are answered one by one; empty when it is answered whole. */
	static String stem(Question question, Item item) {
		return item.isSubItem() ? trim(question.text()).replace("ตามประเด็นดังต่อไปนี้", "").replace("ดังต่อไปนี้", "")
				.replaceAll("\\s{2,}", " ").trim() : "";
	}

	/** The item's own words: the sub-item text, or the question without its closing words. */
	static String of(Question question, Item item) {
		return item.isSubItem() ? item.text().trim() : trim(question.text());
	}

	static String trim(String text) {
		String t = text.trim();
		for (boolean changed = true; changed;) {
			changed = false;
			for (String closing : CLOSINGS) {
				if (t.endsWith(closing)) {
					t = t.substring(0, t.length() - closing.length()).trim();
					changed = true;
				}
			}
		}
		return t;
	}
}
