package th.ita.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The words that name an item for people, in one place: the chat, the reports and the command-line
 * report call an item the same way. An item is either a sub-item with its own text ({@code i3.2}) or
 * a whole question ({@code i2}, whose own text is empty: its question's text names it).
 */
public final class ItemWording {

	private ItemWording() {
	}

	/** A sub-item's own text, else its question's. */
	public static String text(Scheme scheme, Item item) {
		if (item.isSubItem()) {
			return item.text();
		}
		return scheme.forms()
			.values()
			.stream()
			.map(f -> f.questionsById().get(item.questionId()))
			.filter(Objects::nonNull)
			.findFirst()
			.map(Question::text)
			.orElse("");
	}

	/** The few words the instrument names the item with ({@code short} in its data file), else {@link #text}. */
	public static String shortText(Scheme scheme, Item item) {
		return item.shortText() != null && !item.shortText().isBlank() ? item.shortText() : text(scheme, item);
	}

	/** {@link #shortText} cut to {@code max} characters. */
	public static String shortText(Scheme scheme, Item item, int max) {
		return fit(shortText(scheme, item), max);
	}

	/** The text itself when it has at most {@code max} characters (code points), else its start and "…". */
	public static String fit(String text, int max) {
		if (text.codePointCount(0, text.length()) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
	}

	/**
	 * An OIT item's result: the label of the option it was judged (ผ่าน / ไม่ผ่าน), "ยังไม่ตรวจ" while
	 * nobody judged it (it counts 0 meanwhile).
	 */
	public static String verdict(Item item, ScoreCard.ItemScore score) {
		if (score == null || score.n() == 0) {
			return "ยังไม่ตรวจ";
		}
		List<Scale.Option> options = item.scale().options();
		for (int i = 0; i < score.counts().length; i++) {
			if (score.counts()[i] > 0) {
				return options.get(i).label();
			}
		}
		return "-";
	}
}
