package th.ita.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every figure of an agency's ITA result, rounded as the report prints them. A figure is null when
 * nobody has answered what it is made of (e.g. IIT with no respondents, and then the total).
 * <p>
 * While OIT items are not judged yet, {@code pending} is set: the result is incomplete, and
 * {@code total}/{@code level} are only its lowest bound (every unjudged item failing); {@link Pending}
 * holds the range the total and level can still take and the items left. Show the range, not the
 * bound as if it were the result.
 */
public record ScoreCard(Scheme scheme, Map<String, ItemScore> items, Map<String, BigDecimal> questions,
		Map<String, IndicatorScore> indicators, Map<String, BigDecimal> subindicators, Map<Tool, ToolScore> tools,
		BigDecimal total, String level, Pending pending) {

	/** A complete result, or one whose incompleteness the caller does not track. */
	public ScoreCard(Scheme scheme, Map<String, ItemScore> items, Map<String, BigDecimal> questions,
			Map<String, IndicatorScore> indicators, Map<String, BigDecimal> subindicators, Map<Tool, ToolScore> tools,
			BigDecimal total, String level) {
		this(scheme, items, questions, indicators, subindicators, tools, total, level, null);
	}

	/**
	 * OIT items nobody has judged yet, and what the result can still become: from all of them failing
	 * ({@code lowest…}) to all of them passing ({@code highest…}). Totals and levels are null when the
	 * total cannot be computed yet (e.g. no IIT respondents).
	 */
	public record Pending(List<String> unjudgedItems, BigDecimal lowestOit, BigDecimal highestOit,
			BigDecimal lowestTotal, BigDecimal highestTotal, String lowestLevel, String highestLevel) {

		public Pending {
			unjudgedItems = List.copyOf(unjudgedItems);
		}

		/** How many OIT items are left to judge. */
		public int itemsLeft() {
			return unjudgedItems.size();
		}
	}

	/** True while OIT items are unjudged: total and level are then a lower bound, see {@link #pending()}. */
	public boolean incomplete() {
		return pending != null;
	}

	/** True for an OIT item nobody has judged yet (its 0.00 is a placeholder, not a failure). */
	public boolean unjudged(String itemId) {
		return pending != null && pending.unjudgedItems().contains(itemId);
	}

	/** An item's distribution (counts and percent in the seed's column order) and score. */
	public record ItemScore(String id, long n, long[] counts, List<BigDecimal> percents, BigDecimal score,
			Interval interval) {
	}

	public record IndicatorScore(String id, String name, Tool tool, BigDecimal score, long n) {
	}

	public record ToolScore(Tool tool, BigDecimal score, long n, Interval interval) {
	}

	public ToolScore tool(Tool tool) {
		return tools.get(tool);
	}

	public IndicatorScore indicator(String id) {
		return indicators.get(id);
	}

	public ItemScore item(String id) {
		return items.get(id);
	}
}
