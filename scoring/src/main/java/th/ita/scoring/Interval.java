package th.ita.scoring;

import java.math.BigDecimal;

/** A 95% confidence interval, rounded like the figure it belongs to. */
public record Interval(BigDecimal low, BigDecimal high) {
}
