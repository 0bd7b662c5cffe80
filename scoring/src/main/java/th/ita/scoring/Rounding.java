package th.ita.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The rounding order that reproduces every figure printed in the ITA 2563 report (checked against
 * all 70 IIT/EIT items, the 10 indicators, IIT, EIT, OIT and the total):
 * <ol>
 * <li>item score = Σ count·optionScore / n, rounded half-up to 2 decimals <b>before</b> anything
 * averages it (averaging unrounded item scores gives indicator 4 = 79.73, the report prints
 * 79.72);</li>
 * <li>question = mean of its rounded item scores, kept unrounded;</li>
 * <li>indicator (and OIT sub-indicator) = mean of its questions (sub-indicators), rounded to 2;</li>
 * <li>IIT, EIT, OIT = mean of their rounded indicators, rounded to 2;</li>
 * <li>total = 0.3·IIT + 0.3·EIT + 0.4·OIT on the rounded tool scores, rounded to 2; the level is
 * judged on that printed total.</li>
 * </ol>
 * Arithmetic is exact decimal (no binary floating point), so 67.875 rounds to 67.88 as printed.
 */
public final class Rounding {

	/** Working precision for means before they are rounded. */
	static final MathContext WORK = new MathContext(20, RoundingMode.HALF_UP);

	private Rounding() {
	}

	public static BigDecimal printed(BigDecimal value, int decimals) {
		return value.setScale(decimals, RoundingMode.HALF_UP);
	}

	static BigDecimal mean(Collection<BigDecimal> values) {
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(values.size()), WORK);
	}
}
