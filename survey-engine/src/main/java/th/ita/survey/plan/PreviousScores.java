package th.ita.survey.plan;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An agency's published figures of an earlier fiscal year, entered from that year's report (the
 * bot had no live data then): per indicator, and the total and level when known.
 */
@Document("previous_scores")
public record PreviousScores(@Id String id, String agency, int fiscalYear, Map<String, BigDecimal> indicators,
		BigDecimal total, String level, Source source) {

	public enum Source {
		/** Typed in from that year's report. */
		IMPORTED,
		/** Computed from the answers and judgements the bot holds for that year. */
		LIVE
	}

	public PreviousScores {
		indicators = Map.copyOf(indicators);
	}

	public static String id(String agency, int fiscalYear) {
		return agency + ":" + fiscalYear;
	}

	/** Change of an indicator against this year's score; null when either is missing. */
	public BigDecimal change(String indicatorId, BigDecimal now) {
		BigDecimal before = indicators.get(indicatorId);
		return before == null || now == null ? null : now.subtract(before);
	}
}
