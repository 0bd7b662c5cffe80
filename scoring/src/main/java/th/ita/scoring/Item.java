package th.ita.scoring;

import java.math.BigDecimal;

/**
 * One answerable item: a sub-item such as {@code i3.2}, or a whole question without sub-items such
 * as {@code i2}. {@code text} is the sub-item wording, empty when the item is the question itself.
 */
public record Item(String id, String questionId, String text, Scale scale, boolean reverse) {

	public BigDecimal[] optionScores() {
		return scale.scores(reverse);
	}

	public boolean isSubItem() {
		return !id.equals(questionId);
	}
}
