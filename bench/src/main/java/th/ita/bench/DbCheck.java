package th.ita.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What db-check printed. */
record DbCheck(int status, String out) {

	long figure(String tool, String key) {
		Matcher m = Pattern.compile("form PKT " + tool + " .*\\b" + key + "=(\\d+)").matcher(out);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}

	boolean ok() {
		return status == 0 && out.contains("db-check: OK");
	}

	String problems() {
		return out.lines().filter(l -> l.startsWith("PROBLEM")).limit(5).reduce((a, b) -> a + "; " + b).orElse("none");
	}

	String sessions() {
		return out.lines().filter(l -> l.startsWith("sessions")).findFirst().orElse("?");
	}
}
