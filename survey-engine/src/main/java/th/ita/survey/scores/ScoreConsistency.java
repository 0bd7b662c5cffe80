package th.ita.survey.scores;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import th.ita.scoring.Interval;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;

/**
 * Compares two score cards figure by figure (the live one from the counters and the recount from
 * the raw responses): respondents, every item's counts, score and interval, questions,
 * indicators, tools, total and level. Any difference means the counters drifted.
 */
public final class ScoreConsistency {

	private ScoreConsistency() {
	}

	/** One line per figure that differs; empty when the cards agree exactly. */
	public static List<String> differences(ScoreCard live, ScoreCard recount) {
		List<String> out = new ArrayList<>();
		for (Tool tool : Tool.values()) {
			ScoreCard.ToolScore a = live.tool(tool);
			ScoreCard.ToolScore b = recount.tool(tool);
			if (a == null || b == null) {
				if (a != b) {
					out.add(tool + ": " + a + " / " + b);
				}
				continue;
			}
			if (a.n() != b.n()) {
				out.add(tool + " n: " + a.n() + " / " + b.n());
			}
			compare(out, tool + " score", a.score(), b.score());
			compare(out, tool + " interval", a.interval(), b.interval());
		}
		for (String id : union(live.items(), recount.items())) {
			ScoreCard.ItemScore a = live.item(id);
			ScoreCard.ItemScore b = recount.item(id);
			if (a == null || b == null) {
				out.add("item " + id + ": " + (a == null ? "missing" : "present") + " / " + (b == null ? "missing" : "present"));
				continue;
			}
			if (!Arrays.equals(a.counts(), b.counts())) {
				out.add("item " + id + " counts: " + Arrays.toString(a.counts()) + " / " + Arrays.toString(b.counts()));
			}
			compare(out, "item " + id + " score", a.score(), b.score());
			compare(out, "item " + id + " interval", a.interval(), b.interval());
		}
		for (String id : union(live.questions(), recount.questions())) {
			compare(out, "question " + id, live.questions().get(id), recount.questions().get(id));
		}
		for (String id : union(live.indicators(), recount.indicators())) {
			compare(out, "indicator " + id, score(live.indicator(id)), score(recount.indicator(id)));
		}
		for (String id : union(live.subindicators(), recount.subindicators())) {
			compare(out, "sub-indicator " + id, live.subindicators().get(id), recount.subindicators().get(id));
		}
		compare(out, "total", live.total(), recount.total());
		if (!Objects.equals(live.level(), recount.level())) {
			out.add("level: " + live.level() + " / " + recount.level());
		}
		return out;
	}

	private static Set<String> union(Map<String, ?> a, Map<String, ?> b) {
		Set<String> ids = new TreeSet<>(a.keySet());
		ids.addAll(b.keySet());
		return ids;
	}

	private static BigDecimal score(ScoreCard.IndicatorScore s) {
		return s == null ? null : s.score();
	}

	private static void compare(List<String> out, String what, BigDecimal a, BigDecimal b) {
		if (a == null || b == null ? a != b : a.compareTo(b) != 0) {
			out.add(what + ": " + a + " / " + b);
		}
	}

	private static void compare(List<String> out, String what, Interval a, Interval b) {
		boolean same = a == null || b == null ? a == b
				: a.low().compareTo(b.low()) == 0 && a.high().compareTo(b.high()) == 0;
		if (!same) {
			out.add(what + ": " + a + " / " + b);
		}
	}
}
