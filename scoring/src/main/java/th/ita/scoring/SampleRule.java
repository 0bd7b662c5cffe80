package th.ita.scoring;

/**
 * A tool's minimum sample as the ITA manuals state it: {@code percent} of the population, at least
 * {@code minimum}, everyone when the population is smaller than that; {@code cap} respondents are
 * enough once the population exceeds {@code capAbove} (0 = no cap).
 */
public record SampleRule(int percent, int minimum, int capAbove, int cap) {

	/** Respondents needed, or null while the population is unknown. */
	public Integer required(Integer population) {
		if (population == null || population <= 0) {
			return null;
		}
		if (population < minimum) {
			return population;
		}
		if (capAbove > 0 && population > capAbove) {
			return cap;
		}
		int share = (int) ((population * (long) percent + 99) / 100); // rounded up: 10% of 125 is 13
		return Math.max(minimum, share);
	}
}
