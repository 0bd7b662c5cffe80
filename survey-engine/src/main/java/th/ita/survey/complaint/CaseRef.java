package th.ita.survey.complaint;

import java.util.Locale;
import java.util.Optional;

import th.ita.survey.agency.Agency;

/**
 * How staff name a complaint: {@code C2569-0042}, or {@code PKT/C2569-0042} when an admin must say
 * which agency's (case numbers count per agency).
 */
public record CaseRef(String agency, CaseNumber number) {

	public static Optional<CaseRef> parse(String text) {
		String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
		int slash = t.indexOf('/');
		String agency = slash < 0 ? null : Agency.normalize(t.substring(0, slash));
		if (agency != null && !agency.matches("[A-Z0-9_-]{1,20}")) {
			return Optional.empty();
		}
		return CaseNumber.parse(slash < 0 ? t : t.substring(slash + 1)).map(n -> new CaseRef(agency, n));
	}

	@Override
	public String toString() {
		return agency == null ? number.toString() : agency + "/" + number;
	}
}
