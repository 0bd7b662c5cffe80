package th.ita.survey.scores;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import th.ita.scoring.Interval;
import th.ita.scoring.SampleRule;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;

/**
 * Live scores as staff may see them: small-cell suppression (a perception form's figures only from
 * {@code minRespondents} respondents, so nobody can read one person's answers off a distribution)
 * and the minimum sample per form. Everything shown is {@link LiveScores#score} unchanged; hidden
 * figures are removed here, before any message is built, so no renderer can leak them.
 */
public class VisibleScores {

	private final LiveScores live;

	private final SampleSizeRule rule;

	private final int minRespondents;

	public VisibleScores(LiveScores live, SampleSizeRule rule, int minRespondents) {
		if (minRespondents < 1) {
			throw new IllegalArgumentException("ita.scores.min-respondents must be at least 1");
		}
		this.live = live;
		this.rule = rule;
		this.minRespondents = minRespondents;
	}

	public int minRespondents() {
		return minRespondents;
	}

	public SampleSizeRule rule() {
		return rule;
	}

	/**
	 * Respondents a form needs in {@code fiscalYear}: the sample rule of that year's instrument, or
	 * the configured rule when the instrument states none.
	 */
	public Integer required(Tool tool, Integer population, int fiscalYear) {
		SampleRule own = live.scheme(fiscalYear).samples().get(tool);
		return own != null ? own.required(population) : rule.required(tool, population);
	}

	/** The figures of the current fiscal year. */
	public AgencyScores of(Agency agency) {
		return of(agency, live.currentFiscalYear());
	}

	/** The figures of {@code year}, on that year's instrument (last year's stay readable as they were). */
	public AgencyScores of(Agency agency, int year) {
		ScoreCard card = live.score(agency.code(), year);
		Map<Tool, AgencyScores.Sample> samples = new EnumMap<>(Tool.class);
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			long n = card.tool(tool) == null ? 0 : card.tool(tool).n();
			Integer population = tool == Tool.IIT ? agency.headcount() : agency.expectedUsers();
			samples.put(tool, new AgencyScores.Sample(tool, n, population, required(tool, population, year),
					n < minRespondents));
		}
		Set<Tool> hidden = samples.values()
			.stream()
			.filter(AgencyScores.Sample::suppressed)
			.map(AgencyScores.Sample::tool)
			.collect(java.util.stream.Collectors.toSet());
		return new AgencyScores(agency, year, hide(card, hidden), minRespondents, samples);
	}

	/** The card without any figure of the hidden forms; the total and level go too when any form is hidden. */
	static ScoreCard hide(ScoreCard card, Set<Tool> hidden) {
		if (hidden.isEmpty()) {
			return card;
		}
		Scheme scheme = card.scheme();
		Predicate<String> visibleItem = id -> hidden.stream().noneMatch(t -> scheme.form(t).item(id).isPresent());
		Predicate<String> visibleQuestion = id -> hidden.stream()
			.noneMatch(t -> scheme.form(t).questionsById().containsKey(id));
		Map<String, ScoreCard.ItemScore> items = keep(card.items(), visibleItem);
		Map<String, BigDecimal> questions = keep(card.questions(), visibleQuestion);
		Map<String, ScoreCard.IndicatorScore> indicators = new LinkedHashMap<>();
		card.indicators().forEach((id, s) -> {
			if (!hidden.contains(s.tool())) {
				indicators.put(id, s);
			}
		});
		Map<Tool, ScoreCard.ToolScore> tools = new EnumMap<>(Tool.class);
		card.tools().forEach((tool, s) -> tools.put(tool,
				hidden.contains(tool) ? new ScoreCard.ToolScore(tool, null, s.n(), (Interval) null) : s));
		return new ScoreCard(scheme, items, questions, indicators, card.subindicators(), tools, null, null);
	}

	private static <V> Map<String, V> keep(Map<String, V> figures, Predicate<String> visible) {
		Map<String, V> kept = new LinkedHashMap<>();
		figures.forEach((id, v) -> {
			if (visible.test(id)) {
				kept.put(id, v);
			}
		});
		return kept;
	}
}
