package th.ita.scoring;

/**
 * One problem in an instrument directory: the file, the JSON path inside it ({@code $.tools[1].weight}),
 * and what is wrong in Thai and in English. Errors stop the instrument from loading; warnings (an
 * unknown field, probably a typo) do not.
 */
public record InstrumentProblem(Severity severity, String file, String path, String thai, String english) {

	public enum Severity {
		ERROR, WARNING
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** {@code ERROR IIT.json $.indicators[0].questions[2].scale: ไม่รู้จักมาตรวัด "L5" / unknown scale "L5"} */
	@Override
	public String toString() {
		return severity + " " + file + " " + path + ": " + thai + " / " + english;
	}
}
