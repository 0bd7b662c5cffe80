package th.ita.scoring.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import th.ita.scoring.InstrumentProblem;
import th.ita.scoring.InstrumentValidator;

/**
 * {@code check DIR}: every problem of an instrument directory, one line each (file, JSON path, Thai
 * and English message), then a count. Errors make the exit status non-zero; warnings alone do not.
 */
final class CheckCommand {

	static final String USAGE = "usage: java -jar ita-scoring.jar check DIR\n";

	private CheckCommand() {
	}

	/** Returns the text to print on stdout and the exit status. */
	static Result run(String[] args) {
		if (args.length != 2 || args[1].startsWith("-")) {
			return new Result("", "ita-scoring: check needs one instrument directory\n" + USAGE, ScoringCli.USAGE);
		}
		Path dir;
		try {
			dir = Path.of(args[1]);
		}
		catch (InvalidPathException ex) {
			return new Result("", "ita-scoring: invalid path " + args[1] + "\n", ScoringCli.USAGE);
		}
		List<InstrumentProblem> problems = InstrumentValidator.check(dir);
		StringBuilder out = new StringBuilder();
		for (InstrumentProblem p : problems) {
			out.append(p.severity() == InstrumentProblem.Severity.ERROR ? "ข้อผิดพลาด/ERROR" : "คำเตือน/WARNING")
				.append('\t')
				.append(p.file())
				.append('\t')
				.append(p.path())
				.append('\t')
				.append(p.thai())
				.append(" / ")
				.append(p.english())
				.append('\n');
		}
		long errors = problems.stream().filter(InstrumentProblem::isError).count();
		long warnings = problems.size() - errors;
		if (errors == 0) {
			out.append("ผ่าน: แบบประเมินใน ").append(dir).append(" ใช้ได้ (คำเตือน ").append(warnings)
				.append(") / OK: ").append(dir).append(" is a valid instrument (").append(warnings)
				.append(" warning(s))\n");
			return new Result(out.toString(), "", ScoringCli.OK);
		}
		out.append("ไม่ผ่าน: พบข้อผิดพลาด ").append(errors).append(" รายการ คำเตือน ").append(warnings)
			.append(" รายการ / INVALID: ").append(errors).append(" error(s), ").append(warnings).append(" warning(s)\n");
		return new Result(out.toString(), "", ScoringCli.INVALID_INSTRUMENT);
	}

	record Result(String out, String err, int status) {
	}
}
