package th.ita.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every figure of an agency's ITA result, rounded as the report prints them. A figure is null when
 * nobody has answered what it is made of (e.g. IIT with no respondents, and then the total).
 */
public record ScoreCard(Scheme scheme, Map<String, ItemScore> items, Map<String, BigDecimal> questions,
		Map<String, IndicatorScore> indicators, Map<String, BigDecimal> subindicators, Map<Tool, ToolScore> tools,
		BigDecimal total, String level) {

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
