package th.ita.scoring;

import java.math.BigDecimal;
import java.util.List;

/** An answer scale: its options in the seed's column order, each with the score it earns. */
public record Scale(String id, List<Option> options) {

	public Scale {
		options = List.copyOf(options);
		if (options.size() < 2) {
			throw new IllegalArgumentException("scale " + id + " needs at least two options");
		}
	}

	/**
	 * One answer option: the value stored and sent in postbacks, the Thai label, the score, and a
	 * short label for buttons (LINE allows 20 characters).
	 */
	public record Option(String value, String label, BigDecimal score, String shortLabel) {

		public Option(String value, String label, BigDecimal score) {
			this(value, label, score, label);
		}
	}

	/** The same options with other labels (a question that words its options its own way). */
	public Scale relabelled(List<String> labels) {
		if (labels.size() != options.size()) {
			throw new IllegalArgumentException("scale " + id + " has " + options.size() + " options, not " + labels.size());
		}
		List<Option> relabelled = new java.util.ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			Option o = options.get(i);
			relabelled.add(new Option(o.value(), labels.get(i), o.score(), labels.get(i)));
		}
		return new Scale(id, relabelled);
	}

	/** Index of an option value, or -1. */
	public int indexOf(String value) {
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).value().equals(value)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Scores per option; reversed for negatively worded items, so the desirable end (น้อยที่สุด,
	 * ไม่มี) earns the top score.
	 */
	public BigDecimal[] scores(boolean reverse) {
		int k = options.size();
		BigDecimal[] s = new BigDecimal[k];
		for (int i = 0; i < k; i++) {
			s[i] = options.get(reverse ? k - 1 - i : i).score();
		}
		return s;
	}
}
