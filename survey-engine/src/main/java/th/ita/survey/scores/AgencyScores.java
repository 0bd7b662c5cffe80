package th.ita.survey.scores;

import java.util.Map;

import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;

/**
 * What staff may see of an agency's live ITA: the score card with every figure of a form that has
 * fewer than {@code minRespondents} respondents removed (and the total with it, which would give
 * that form's score away), and per perception form the respondents against the minimum sample.
 */
public record AgencyScores(Agency agency, int fiscalYear, ScoreCard card, int minRespondents,
		Map<Tool, Sample> samples) {

	public AgencyScores {
		samples = Map.copyOf(samples);
	}

	/**
	 * Respondents of a form so far, the population they are drawn from (headcount for IIT, expected
	 * service users for EIT; null when not set) and the minimum sample for it (null likewise).
	 */
	public record Sample(Tool tool, long respondents, Integer population, Integer required, boolean suppressed) {

		public boolean reachesMinimum() {
			return required != null && respondents >= required;
		}
	}

	public Sample sample(Tool tool) {
		return samples.get(tool);
	}

	/** Whether a form's figures are withheld (below k respondents). OIT never is: it holds no one's answers. */
	public boolean suppressed(Tool tool) {
		Sample s = samples.get(tool);
		return s != null && s.suppressed();
	}
}
