package th.ita.bot.report;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.scores.OitJudgement;

/**
 * Builds an agency's {@link Report} from the live scores. The small-cell check is kept here, in
 * this package, until the shared one from the staff feature is on main: a perception form (IIT,
 * EIT) with fewer than {@code ita.scores.min-respondents} respondents is hidden.
 */
@Component
class Reports {

	private final LiveScores scores;

	private final AgencyDirectory agencies;

	private final int minRespondents;

	private final Clock clock;

	Reports(LiveScores scores, AgencyDirectory agencies, @Value("${ita.scores.min-respondents:5}") int minRespondents,
			Clock clock) {
		this.scores = scores;
		this.agencies = agencies;
		this.minRespondents = minRespondents;
		this.clock = clock;
	}

	int currentFiscalYear() {
		return scores.currentFiscalYear();
	}

	int minRespondents() {
		return minRespondents;
	}

	Optional<String> firstAgency() {
		return agencies.all().stream().map(a -> a.code()).findFirst();
	}

	Optional<Report> current(String agencyCode) {
		return agencies.find(agencyCode).map(agency -> {
			int year = scores.currentFiscalYear();
			ScoreCard card = scores.score(agency.code(), year);
			Map<String, OitJudgement> judgements = new LinkedHashMap<>();
			scores.judgements(agency.code(), year).forEach(j -> judgements.put(j.item(), j));
			return new Report(agency, year, card, judgements, hidden(card), minRespondents, clock.instant());
		});
	}

	private Set<Tool> hidden(ScoreCard card) {
		Set<Tool> hidden = EnumSet.noneOf(Tool.class);
		for (Tool tool : new Tool[] { Tool.IIT, Tool.EIT }) {
			ScoreCard.ToolScore t = card.tool(tool);
			if (t == null || t.n() < minRespondents) {
				hidden.add(tool);
			}
		}
		return hidden;
	}
}
