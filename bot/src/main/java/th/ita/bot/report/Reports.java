package th.ita.bot.report;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.ita.scoring.Tool;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.plan.ImprovementPlan;
import th.ita.survey.plan.LastYear;
import th.ita.survey.scores.AgencyScores;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.scores.OitJudgement;
import th.ita.survey.scores.VisibleScores;

/**
 * Builds an agency's {@link Report} from the live scores as staff may see them
 * ({@link VisibleScores}: the same small-cell rule as the chat commands, so a perception form with
 * fewer than {@code ita.scores.min-respondents} respondents has its figures removed before any
 * renderer sees them).
 */
@Component
class Reports {

	private final LiveScores scores;

	private final VisibleScores visible;

	private final AgencyDirectory agencies;

	private final Clock clock;

	private final ImprovementPlan plan;

	private final LastYear lastYear;

	Reports(LiveScores scores, VisibleScores visible, AgencyDirectory agencies, Clock clock, ImprovementPlan plan,
			LastYear lastYear) {
		this.scores = scores;
		this.visible = visible;
		this.agencies = agencies;
		this.clock = clock;
		this.plan = plan;
		this.lastYear = lastYear;
	}

	int currentFiscalYear() {
		return scores.currentFiscalYear();
	}

	int minRespondents() {
		return visible.minRespondents();
	}

	Optional<String> firstAgency() {
		return agencies.all().stream().map(a -> a.code()).findFirst();
	}

	Optional<Report> current(String agencyCode) {
		return of(agencyCode, currentFiscalYear());
	}

	/** An agency's report for a fiscal year, on that year's instrument. */
	Optional<Report> of(String agencyCode, int fiscalYear) {
		return agencies.find(agencyCode).map(agency -> {
			AgencyScores seen = visible.of(agency, fiscalYear);
			Map<String, OitJudgement> judgements = new LinkedHashMap<>();
			scores.judgements(agency.code(), seen.fiscalYear()).forEach(j -> judgements.put(j.item(), j));
			Set<Tool> hidden = EnumSet.noneOf(Tool.class);
			for (Tool tool : new Tool[] { Tool.IIT, Tool.EIT }) {
				if (seen.suppressed(tool)) {
					hidden.add(tool);
				}
			}
			return new Report(agency, seen.fiscalYear(), seen.card(), judgements, hidden, seen.minRespondents(),
					clock.instant(), plan.of(agency.code(), seen.fiscalYear()),
					lastYear.before(agency.code(), seen.fiscalYear()).orElse(null));
		});
	}
}
