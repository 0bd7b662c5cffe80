package th.ita.scoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an instrument directory an admin wrote and reports every problem with its file, JSON path
 * and a Thai and English message. The same checks run when an instrument is loaded, so the CLI's
 * {@code check}, the bot's start-up and {@link Scheme#load(Path)} give the same messages.
 */
public final class InstrumentValidator {

	private InstrumentValidator() {
	}

	/** Every problem in the directory, errors and warnings; empty when it is clean. */
	public static List<InstrumentProblem> check(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of(new InstrumentProblem(InstrumentProblem.Severity.ERROR, directory.toString(), "$",
					"ไม่พบโฟลเดอร์ของแบบประเมิน", "no such instrument directory"));
		}
		return SchemeLoader.check(InstrumentSource.directory(directory));
	}

	/** Checks an instrument shipped in this build ({@code ita/<year>/} on the classpath). */
	public static List<InstrumentProblem> checkShipped(int year) {
		return SchemeLoader.check(InstrumentSource.classpath(year));
	}

	/** Only the errors (what stops an instrument from loading). */
	public static List<InstrumentProblem> errors(List<InstrumentProblem> problems) {
		List<InstrumentProblem> errors = new ArrayList<>();
		problems.stream().filter(InstrumentProblem::isError).forEach(errors::add);
		return errors;
	}
}
