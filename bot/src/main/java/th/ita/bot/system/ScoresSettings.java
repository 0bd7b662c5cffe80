package th.ita.bot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What staff are shown of the scores ({@code ita.scores.*}).
 *
 * @param minRespondents a form with fewer respondents is not shown (small-cell suppression)
 * @param publishStep published figures change only when at least this many new respondents came in
 * since they last changed, so two published states never differ by one person; unset: the minimum
 * of respondents (a smaller step weakens the guarantee)
 * @param sample the minimum sample for an instrument that states none
 */
@ConfigurationProperties("ita.scores")
public record ScoresSettings(Integer minRespondents, Integer publishStep, Sample sample) {

	public ScoresSettings {
		minRespondents = minRespondents == null ? 5 : minRespondents;
		publishStep = publishStep == null ? minRespondents : publishStep;
		sample = sample == null ? new Sample(null, null, null, null) : sample;
		if (minRespondents < 1 || publishStep < 1) {
			throw new IllegalArgumentException("ita.scores.min-respondents and publish-step must be at least 1");
		}
	}

	/**
	 * @param percent share of the agency's population
	 * @param minimum at least this many respondents
	 * @param eitCapAbove above this population the EIT sample is capped
	 * @param eitCap the EIT cap
	 */
	public record Sample(Integer percent, Integer minimum, Integer eitCapAbove, Integer eitCap) {

		public Sample {
			percent = percent == null ? 10 : percent;
			minimum = minimum == null ? 30 : minimum;
			eitCapAbove = eitCapAbove == null ? 4000 : eitCapAbove;
			eitCap = eitCap == null ? 400 : eitCap;
		}
	}
}
