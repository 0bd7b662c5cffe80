package th.ita.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How figures read for people, in one place: the chat, the XLSX/HTML reports and the command-line
 * report print a score, a change, a share and a headcount the same way. Arabic digits throughout
 * (what the seed report prints); "-" is a figure nobody's answers make yet.
 */
public final class Figures {

	private Figures() {
	}

	/** A score exactly as the card holds it (the instrument's decimals): "85.00"; "-" for none. */
	public static String score(BigDecimal value) {
		return value == null ? "-" : value.toPlainString();
	}

	/**
	 * A score at two decimals, half-up: "85.50" also for a figure typed in from last year's report
	 * as "85.5". The reports print every column this way.
	 */
	public static String twoDecimals(BigDecimal value) {
		return value == null ? "-" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** A change since the year before: "+1.23", "−0.50" (a real minus sign), "0.00"; empty for none. */
	public static String change(BigDecimal change) {
		if (change == null) {
			return "";
		}
		String v = change.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
		return change.signum() > 0 ? "+" + v : change.signum() < 0 ? "−" + v : v;
	}

	/** A mark or weight without trailing zeros: the pass mark "85", a weight "0.3". */
	public static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** A tool's weight as a percentage without trailing zeros: 0.30 is "30". */
	public static String weight(BigDecimal weight) {
		return plain(weight.movePointRight(2));
	}

	/** A share of respondents as held: "42.50%"; "-" for none. */
	public static String percent(BigDecimal value) {
		return value == null ? "-" : value.toPlainString() + "%";
	}

	/** A 95% confidence interval: "71.20–80.40" (an en dash). */
	public static String range(Interval interval) {
		return interval.low().toPlainString() + "–" + interval.high().toPlainString();
	}

	/** A headcount with thousands separators: "1,234". */
	public static String count(long n) {
		return String.format("%,d", n);
	}
}
