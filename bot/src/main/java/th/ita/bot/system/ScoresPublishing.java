package th.ita.bot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How published figures move ({@code ita.scores.publish-step}): a form's figures change only when at
 * least this many new respondents came in since they last changed, so two published states never
 * differ by one person. Unset: the minimum of respondents before a form is shown
 * ({@code ita.scores.min-respondents}, 5); a smaller step than that weakens the guarantee.
 */
@ConfigurationProperties("ita.scores")
record ScoresPublishing(Integer publishStep, Integer minRespondents) {

	int step() {
		if (publishStep != null) {
			return publishStep;
		}
		return minRespondents != null ? minRespondents : 5;
	}
}
