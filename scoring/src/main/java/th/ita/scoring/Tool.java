package th.ita.scoring;

/** The three ITA assessment tools. */
public enum Tool {
	/** Internal Integrity and Transparency Assessment: the agency's own personnel. */
	IIT,
	/** External Integrity and Transparency Assessment: service users and stakeholders. */
	EIT,
	/** Open data Integrity and Transparency Assessment: what the agency publishes, judged pass/fail. */
	OIT;

	public static Tool parse(String s) {
		try {
			return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown form '" + s + "' (IIT, EIT or OIT)");
		}
	}
}
