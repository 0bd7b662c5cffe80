package th.ita.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures and pass/fail checks of one scenario, printed and written as Markdown. */
final class Result {

	final String name;

	boolean pass = true;

	final Map<String, String> figures = new LinkedHashMap<>();

	final List<String> notes = new ArrayList<>();

	Result(String name) {
		this.name = name;
		figures.put("machine before the run", Machine.probe());
	}

	Result put(String key, Object value) {
		figures.put(key, String.valueOf(value));
		return this;
	}

	/** Records a check; a failed one fails the scenario. */
	Result check(String what, boolean ok) {
		figures.put("check: " + what, ok ? "yes" : "NO");
		if (!ok) {
			pass = false;
		}
		return this;
	}

	String summary() {
		StringBuilder sb = new StringBuilder("== " + name + (pass ? " PASS" : " FAIL") + "\n");
		figures.forEach((k, v) -> sb.append("   ").append(k).append(": ").append(v).append('\n'));
		notes.forEach(n -> sb.append("   note: ").append(n).append('\n'));
		return sb.toString();
	}

	static String markdown(Options o, List<Result> results) {
		StringBuilder sb = new StringBuilder();
		sb.append("Command: `").append(o.commandLine).append("`  \n");
		sb.append("Date: ").append(LocalDateTime.now().withNano(0)).append("  \n");
		sb.append("Machine: ").append(Machine.describe()).append("  \n");
		sb.append("Bot JVM: `").append(o.jvm).append("`; load generator and LINE stand-in in one JVM on the same cores.\n\n");
		for (Result r : results) {
			sb.append("### ").append(r.name).append(r.pass ? " — pass" : " — FAIL").append("\n\n| figure | value |\n|---|---|\n");
			r.figures.forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n"));
			r.notes.forEach(n -> sb.append("\n").append(n).append("\n"));
			sb.append('\n');
		}
		return sb.toString();
	}
}
