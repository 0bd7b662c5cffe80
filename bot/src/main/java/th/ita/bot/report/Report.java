package th.ita.bot.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.ita.scoring.ScoreCard;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;
import th.ita.survey.agency.Agency;
import th.ita.survey.plan.Measure;
import th.ita.survey.plan.PreviousScores;
import th.ita.survey.scores.OitJudgement;

/**
 * Everything one agency's report shows, as of {@code asOf}, with its improvement plan and the year
 * before's figures ({@code previous}, null when there are none). Forms in {@code hidden} had fewer than
 * {@code minRespondents} respondents: their distributions and scores are not shown (small-cell
 * suppression), nor the total and level, from which a hidden form's score could be worked back.
 */
record Report(Agency agency, int fiscalYear, ScoreCard card, Map<String, OitJudgement> judgements, Set<Tool> hidden,
		int minRespondents, Instant asOf, List<Measure> plan, PreviousScores previous) {

	/** A report with no plan and nothing to compare with. */
	Report(Agency agency, int fiscalYear, ScoreCard card, Map<String, OitJudgement> judgements, Set<Tool> hidden,
			int minRespondents, Instant asOf) {
		this(agency, fiscalYear, card, judgements, hidden, minRespondents, asOf, List.of(), null);
	}

	Scheme scheme() {
		return card.scheme();
	}

	boolean shows(Tool tool) {
		return !hidden.contains(tool);
	}

	long respondents(Tool tool) {
		ScoreCard.ToolScore t = card.tool(tool);
		return t == null ? 0 : t.n();
	}

	/** The tool's average, or null when hidden or not computable yet. */
	BigDecimal toolScore(Tool tool) {
		ScoreCard.ToolScore t = card.tool(tool);
		return shows(tool) && t != null ? t.score() : null;
	}

	BigDecimal indicatorScore(String indicatorId, Tool tool) {
		ScoreCard.IndicatorScore s = card.indicator(indicatorId);
		return shows(tool) && s != null ? s.score() : null;
	}

	BigDecimal total() {
		return hidden.isEmpty() ? card.total() : null;
	}

	String level() {
		return hidden.isEmpty() ? card.level() : null;
	}

	/** Change of an indicator since the year before, when both figures may be shown. */
	BigDecimal change(String indicatorId, Tool tool) {
		return previous == null ? null : previous.change(indicatorId, indicatorScore(indicatorId, tool));
	}

	/** The weakest-first analysis over the indicators that may be shown. */
	Weakness weakness(int leversPerIndicator) {
		Weakness w = th.ita.bot.plan.ScoreReading.weakness(card, leversPerIndicator);
		return new Weakness(visible(w.urgent()), visible(w.toImprove()),
				w.levers().stream().filter(l -> shows(card.indicator(l.indicatorId()).tool())).toList());
	}

	private List<ScoreCard.IndicatorScore> visible(List<ScoreCard.IndicatorScore> indicators) {
		return indicators.stream().filter(i -> shows(i.tool())).toList();
	}
}
