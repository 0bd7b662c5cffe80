package th.ita.survey.complaint;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staff's reference for a complaint, {@code C2569-0042}: the fiscal year and a sequence per agency
 * and year. It tells nothing about the receipt code, which staff never see.
 */
public record CaseNumber(int fiscalYear, int sequence) {

	private static final Pattern FORMAT = Pattern.compile("C(\\d{4})-(\\d{4,6})", Pattern.CASE_INSENSITIVE);

	public CaseNumber {
		if (fiscalYear < 2500 || fiscalYear > 9999 || sequence < 1) {
			throw new IllegalArgumentException("not a case number");
		}
	}

	public static Optional<CaseNumber> parse(String text) {
		Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(new CaseNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
	}

	@Override
	public String toString() {
		return String.format("C%d-%04d", fiscalYear, sequence);
	}
}
