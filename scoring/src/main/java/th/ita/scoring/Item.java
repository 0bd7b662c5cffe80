package th.ita.scoring;

import java.math.BigDecimal;

/**
 * One answerable item: a sub-item such as {@code i3.2}, or a whole question without sub-items such
 * as {@code i2}. {@code text} is the sub-item wording, empty when the item is the question itself;
 * {@code shortText} a few words that name the item next to its code in tables and charts.
 */
public record Item(String id, String questionId, String text, Scale scale, boolean reverse, String shortText) {

	public Item(String id, String questionId, String text, Scale scale, boolean reverse) {
		this(id, questionId, text, scale, reverse, text);
	}

	public BigDecimal[] optionScores() {
		return scale.scores(reverse);
	}

	/** The score option {@code index} earns on this item (reverse scoring applied). */
	public BigDecimal optionScore(int index) {
		return optionScores()[index];
	}

	/**
	 * How good option {@code index} is for the score, 0 (worst option of the item) to 1 (best), so
	 * charts colour by meaning: ไม่มี on "were you asked for a bribe?" is 1, มากที่สุด on a reverse
	 * item is 0.
	 */
	public double goodness(int index) {
		BigDecimal[] s = optionScores();
		BigDecimal min = s[0];
		BigDecimal max = s[0];
		for (BigDecimal v : s) {
			min = v.min(min);
			max = v.max(max);
		}
		if (max.compareTo(min) == 0) {
			return 1;
		}
		return s[index].subtract(min).doubleValue() / max.subtract(min).doubleValue();
	}

	/** Whether option {@code index} is on the desirable side: it scores above the middle of the item's range. */
	public boolean desirable(int index) {
		return goodness(index) > 0.5;
	}

	/** Option indexes from the best-scoring to the worst (ties keep the scale's order). */
	public java.util.List<Integer> optionsBestFirst() {
		BigDecimal[] s = optionScores();
		return java.util.stream.IntStream.range(0, s.length)
			.boxed()
			.sorted((a, b) -> s[b].compareTo(s[a]))
			.toList();
	}

	/** The best-scoring option (an OIT item judged published: ผ่าน). */
	public int bestOption() {
		return optionsBestFirst().get(0);
	}

	/** The worst-scoring option (an OIT item judged not published: ไม่ผ่าน). */
	public int worstOption() {
		java.util.List<Integer> order = optionsBestFirst();
		return order.get(order.size() - 1);
	}

	public boolean isSubItem() {
		return !id.equals(questionId);
	}
}
