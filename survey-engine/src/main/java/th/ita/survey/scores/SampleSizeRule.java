package th.ita.survey.scores;

import th.ita.scoring.Tool;

/**
 * The minimum sample the ITA Online manuals ask for: {@code percent} of the population, at least
 * {@code minimum}, everyone when the population is smaller than that; for EIT, {@code eitCap}
 * respondents are enough once the service users exceed {@code eitCapAbove}.
 */
public record SampleSizeRule(int percent, int minimum, int eitCapAbove, int eitCap) {

	/** 10% of the population, at least 30, everyone below 30; EIT at most 400 above 4,000 users. */
	public static final SampleSizeRule ITA_DEFAULT = new SampleSizeRule(10, 30, 4000, 400);

	public SampleSizeRule {
		if (percent < 1 || percent > 100 || minimum < 1 || eitCapAbove < 1 || eitCap < 1) {
			throw new IllegalArgumentException("sample size rule out of range: " + percent + "%, " + minimum + ", "
					+ eitCapAbove + ", " + eitCap);
		}
	}

	/** Respondents needed for a form, or null while the population (headcount, service users) is unknown. */
	public Integer required(Tool tool, Integer population) {
		if (population == null || population <= 0) {
			return null;
		}
		if (population < minimum) {
			return population;
		}
		if (tool == Tool.EIT && population > eitCapAbove) {
			return eitCap;
		}
		int share = (int) ((population * (long) percent + 99) / 100); // rounded up: 10% of 125 is 13
		return Math.max(minimum, share);
	}
}
