package th.ita.survey.complaint;

import java.util.Locale;
import java.util.Optional;

/**
 * The complainant's secret receipt: 16 Crockford base32 characters (80 random bits), shown as
 * {@code XXXX-XXXX-XXXX-XXXX}. The alphabet has no I, L, O or U; typed look-alikes are read as the
 * digit they resemble (O → 0, I/L → 1), case, spaces and dashes are ignored.
 */
public record ReceiptCode(String value) {

	public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	public static final int LENGTH = 16;

	public ReceiptCode {
		if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			throw new IllegalArgumentException("not a receipt code");
		}
	}

	/** What a person typed, if it can be a receipt code. */
	public static Optional<ReceiptCode> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		StringBuilder sb = new StringBuilder(LENGTH);
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == '-' || Character.isWhitespace(c)) {
				continue;
			}
			char d = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				default -> c;
			};
			if (ALPHABET.indexOf(d) < 0 || sb.length() == LENGTH) {
				return Optional.empty();
			}
			sb.append(d);
		}
		return sb.length() == LENGTH ? Optional.of(new ReceiptCode(sb.toString())) : Optional.empty();
	}

	/** As shown to the person: four groups of four. */
	public String grouped() {
		return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-" + value.substring(12);
	}

	/** Never the code itself: a receipt must not end up in a log line by accident. */
	@Override
	public String toString() {
		return "ReceiptCode[hidden]";
	}
}
