package th.ita.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ITA formulas. Item score = mean option score over those who answered the item; question =
 * mean of its items; indicator = mean of its questions (OIT: of its sub-indicators, each the mean of
 * its checklist items); tool = mean of its indicators; total = Σ weight·tool. See {@link Rounding}
 * for where each figure is rounded.
 */
public final class ScoreCalculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final double Z95 = 1.959964;

	private final Scheme scheme;

	public ScoreCalculator(Scheme scheme) {
		this.scheme = Objects.requireNonNull(scheme);
	}

	public ScoreCard score(Tally tally) {
		return score(tally, true);
	}

	private ScoreCard score(Tally tally, boolean withPending) {
		int d = scheme.decimals();
		Map<String, ScoreCard.ItemScore> items = new LinkedHashMap<>();
		Map<String, BigDecimal> questions = new LinkedHashMap<>();
		Map<String, ScoreCard.IndicatorScore> indicators = new LinkedHashMap<>();
		Map<String, BigDecimal> subindicators = new LinkedHashMap<>();
		Map<Tool, ScoreCard.ToolScore> tools = new EnumMap<>(Tool.class);

		for (Tool tool : Tool.values()) {
			Form form = scheme.forms().get(tool);
			if (form == null) {
				continue;
			}
			long n = tool == Tool.OIT ? 1 : tally.respondents(tool);
			List<BigDecimal> indicatorScores = new ArrayList<>();
			double variance = 0;
			boolean varianceKnown = true;
			for (Indicator indicator : form.indicators()) {
				BigDecimal indicatorScore;
				if (!indicator.subindicators().isEmpty()) {
					List<BigDecimal> subs = new ArrayList<>();
					for (Indicator.SubIndicator sub : indicator.subindicators()) {
						List<BigDecimal> qs = new ArrayList<>();
						for (Question q : sub.questions()) {
							BigDecimal qs1 = question(q, tally, tool, items, questions);
							if (qs1 != null) {
								qs.add(qs1);
							}
						}
						if (!qs.isEmpty()) {
							BigDecimal s = Rounding.printed(Rounding.mean(qs), d);
							subindicators.put(sub.id(), s);
							subs.add(s);
						}
					}
					indicatorScore = subs.isEmpty() ? null : Rounding.printed(Rounding.mean(subs), d);
				}
				else {
					List<BigDecimal> qs = new ArrayList<>();
					for (Question q : indicator.questions()) {
						BigDecimal s = question(q, tally, tool, items, questions);
						if (s != null) {
							qs.add(s);
						}
						// variance of the tool score through this question's items (delta method)
						double wq = 1.0 / form.indicators().size() / indicator.questions().size() / q.items().size();
						for (Item item : q.items()) {
							ScoreCard.ItemScore is = items.get(item.id());
							Double v = is == null ? null : itemVariance(item, is);
							if (v == null) {
								varianceKnown = false;
							}
							else {
								variance += wq * wq * v / is.n();
							}
						}
					}
					indicatorScore = qs.isEmpty() ? null : Rounding.printed(Rounding.mean(qs), d);
				}
				if (indicatorScore != null) {
					indicators.put(indicator.id(),
							new ScoreCard.IndicatorScore(indicator.id(), indicator.name(), tool, indicatorScore, n));
					indicatorScores.add(indicatorScore);
				}
			}
			boolean complete = indicatorScores.size() == form.indicators().size();
			BigDecimal toolScore = complete ? Rounding.printed(Rounding.mean(indicatorScores), d) : null;
			Interval interval = null;
			if (toolScore != null && tool != Tool.OIT && varianceKnown) {
				interval = interval(toolScore.doubleValue(), Math.sqrt(variance), d);
			}
			tools.put(tool, new ScoreCard.ToolScore(tool, toolScore, n, interval));
		}

		BigDecimal total = total(tools);
		String level = total == null ? null : scheme.rate(total, toolScores(tools));
		ScoreCard.Pending pending = withPending ? pending(tally, items, tools, total, level) : null;
		return new ScoreCard(scheme, items, questions, indicators, subindicators, tools, total, level, pending);
	}

	/** Σ weight·tool over the instrument's tools, rounded; null while a tool has no score. */
	private BigDecimal total(Map<Tool, ScoreCard.ToolScore> tools) {
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<Tool, BigDecimal> w : scheme.weights().entrySet()) {
			ScoreCard.ToolScore ts = tools.get(w.getKey());
			if (ts == null || ts.score() == null) {
				return null;
			}
			total = total.add(w.getValue().multiply(ts.score()));
		}
		return Rounding.printed(total, scheme.decimals());
	}

	private static Map<Tool, BigDecimal> toolScores(Map<Tool, ScoreCard.ToolScore> tools) {
		Map<Tool, BigDecimal> scores = new EnumMap<>(Tool.class);
		tools.forEach((t, s) -> {
			if (s.score() != null) {
				scores.put(t, s.score());
			}
		});
		return scores;
	}

	/**
	 * The range while OIT items are unjudged: the card as computed counts them failing (its lowest
	 * bound); scoring again with each of them at its best option gives the highest.
	 */
	private ScoreCard.Pending pending(Tally tally, Map<String, ScoreCard.ItemScore> items,
			Map<Tool, ScoreCard.ToolScore> tools, BigDecimal total, String level) {
		Form oit = scheme.forms().get(Tool.OIT);
		if (oit == null) {
			return null;
		}
		List<String> unjudged = new ArrayList<>();
		Tally best = tally.copy();
		for (Item item : oit.items()) {
			ScoreCard.ItemScore is = items.get(item.id());
			if (is == null || is.n() == 0) {
				unjudged.add(item.id());
				best.clear(item).add(item, item.bestOption(), 1);
			}
		}
		if (unjudged.isEmpty()) {
			return null;
		}
		ScoreCard high = score(best, false);
		ScoreCard.ToolScore lowOit = tools.get(Tool.OIT);
		return new ScoreCard.Pending(unjudged, lowOit == null ? null : lowOit.score(), high.tool(Tool.OIT).score(), total,
				high.total(), level, high.level());
	}

	/** Scores a question's items into {@code items}; returns the question score or null. */
	private BigDecimal question(Question q, Tally tally, Tool tool, Map<String, ScoreCard.ItemScore> items,
			Map<String, BigDecimal> questions) {
		List<BigDecimal> scores = new ArrayList<>();
		for (Item item : q.items()) {
			ScoreCard.ItemScore is = item(item, tally.counts(item), tool);
			items.put(item.id(), is);
			if (is.score() != null) {
				scores.add(is.score());
			}
		}
		if (scores.isEmpty()) {
			return null;
		}
		BigDecimal mean = Rounding.mean(scores);
		questions.put(q.id(), Rounding.printed(mean, scheme.decimals()));
		return mean;
	}

	/** One item's distribution and score from its counts. OIT items nobody judged yet score 0. */
	ScoreCard.ItemScore item(Item item, long[] counts, Tool tool) {
		int d = scheme.decimals();
		long n = 0;
		for (long c : counts) {
			n += c;
		}
		BigDecimal[] optionScores = item.optionScores();
		List<BigDecimal> percents = new ArrayList<>();
		if (n == 0) {
			BigDecimal score = tool == Tool.OIT ? Rounding.printed(BigDecimal.ZERO, d) : null;
			counts.clone();
			for (int i = 0; i < counts.length; i++) {
				percents.add(null);
			}
			return new ScoreCard.ItemScore(item.id(), 0, counts.clone(), percents, score, null);
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < counts.length; i++) {
			sum = sum.add(optionScores[i].multiply(BigDecimal.valueOf(counts[i])));
			percents.add(Rounding.printed(
					BigDecimal.valueOf(counts[i]).multiply(HUNDRED).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64),
					d));
		}
		BigDecimal score = Rounding.printed(sum.divide(BigDecimal.valueOf(n), Rounding.WORK), d);
		ScoreCard.ItemScore partial = new ScoreCard.ItemScore(item.id(), n, counts.clone(), percents, score, null);
		Interval interval = null;
		if (tool != Tool.OIT) {
			Double v = itemVariance(item, partial);
			if (v != null) {
				interval = interval(sum.doubleValue() / n, Math.sqrt(v / n), d);
			}
		}
		return new ScoreCard.ItemScore(item.id(), n, counts.clone(), percents, score, interval);
	}

	/** Sample variance of the per-respondent item score; null below two answers. */
	private static Double itemVariance(Item item, ScoreCard.ItemScore is) {
		if (is.n() < 2) {
			return null;
		}
		BigDecimal[] s = item.optionScores();
		double mean = 0;
		for (int i = 0; i < s.length; i++) {
			mean += s[i].doubleValue() * is.counts()[i];
		}
		mean /= is.n();
		double ss = 0;
		for (int i = 0; i < s.length; i++) {
			double dev = s[i].doubleValue() - mean;
			ss += dev * dev * is.counts()[i];
		}
		return ss / (is.n() - 1);
	}

	private static Interval interval(double mean, double standardError, int d) {
		double low = Math.max(0, mean - Z95 * standardError);
		double high = Math.min(100, mean + Z95 * standardError);
		return new Interval(Rounding.printed(BigDecimal.valueOf(low), d), Rounding.printed(BigDecimal.valueOf(high), d));
	}
}
