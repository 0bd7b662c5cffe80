package th.ita.scoring.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

import th.ita.scoring.InstrumentException;
import th.ita.scoring.ScoreCalculator;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;

/**
 * Offline scorer: {@code java -jar ita-scoring.jar report [--agency CODE] [--format json|text]
 * [--year 2563] FILE}. Reads a JSON-lines export of responses, prints every agency's ITA result.
 * {@link #run} holds all the logic and returns the exit status, so tests call it without exiting
 * the JVM.
 */
public final class ScoringCli {

	public static final int OK = 0;

	/** A bad line in FILE, or no responses for {@code --agency}; nothing is printed on stdout. */
	public static final int BAD_INPUT = 2;

	/** {@code check}: the instrument directory has errors (listed on stdout). */
	public static final int INVALID_INSTRUMENT = 1;

	public static final int USAGE = 64;

	public static final int CANNOT_OPEN = 66;

	public static final int INTERNAL_ERROR = 70;

	/** FILE could not be read to the end, or the report could not be written. */
	public static final int IO_ERROR = 74;

	static final String USAGE_TEXT = """
			usage: java -jar ita-scoring.jar report [--agency CODE] [--format json|text] [--year 2563 | --instrument DIR] FILE
			       java -jar ita-scoring.jar check DIR

			Scores ITA responses offline. FILE holds JSON lines, one response per line (- reads stdin):
			  {"form":"IIT","agency":"PKT","answers":{"i1.1":4,"i1.2":"3","i4.1":"no"}}
			  {"form":"EIT","agency":"PKT","answers":{"e1.1":3}}
			  {"form":"OIT","agency":"PKT","items":{"o1":true,"o30":false}}
			Answers are the option values of the item's scale: in 2563, 4-level answers are 1-4
			(1 = น้อยที่สุด/ไม่มีเลย ... 4 = มากที่สุด), as numbers or strings, and yes/no answers
			"yes" (มี) or "no" (ไม่มี); an absent or null answer is not answered.
			Each IIT/EIT line is one respondent. For OIT the latest judgement of an item counts;
			items never judged count as not published. Blank lines are skipped.

			  --agency CODE   report one agency only (the whole file is still checked)
			  --format json   one JSON object, figures rounded to 2 decimals (default)
			  --format text   Thai tables like the ITA report, with the weakest-first analysis
			  --year YEAR     the assessment scheme to score with (default 2563)
			  --instrument DIR  score with the instrument in DIR (format: docs/INSTRUMENT.md)

			check DIR lists every problem of an instrument directory (file, JSON path, Thai and
			English message); exit status 1 when there are errors, 0 when it is valid.

			exit status: 0 ok; 2 a bad line in FILE, or no responses for --agency (nothing is
			printed on stdout then); 64 bad usage; 66 FILE cannot be opened; 74 I/O error
			""";

	private ScoringCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.in, System.out, System.err));
	}

	/**
	 * Runs one command. Output is written as UTF-8 bytes whatever charset the streams were made
	 * with, so Thai survives a Windows console default; stdout gets the whole report or nothing.
	 */
	public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		if (CliOptions.wantsHelp(args)) {
			print(out, USAGE_TEXT);
			return OK;
		}
		if (args.length > 0 && args[0].equals("check")) {
			CheckCommand.Result result = CheckCommand.run(args);
			print(out, result.out());
			print(err, result.err());
			return result.status();
		}
		CliOptions options;
		try {
			options = CliOptions.parse(args);
		}
		catch (CliOptions.UsageException ex) {
			print(err, "ita-scoring: " + ex.getMessage() + "\n\n" + USAGE_TEXT);
			return USAGE;
		}
		Scheme scheme;
		try {
			scheme = options.instrument() != null ? Scheme.load(Path.of(options.instrument())) : Scheme.load(options.year());
		}
		catch (InstrumentException ex) {
			print(err, "ita-scoring: " + ex.getMessage() + "\n(java -jar ita-scoring.jar check " + options.instrument()
					+ " lists every problem)\n");
			return USAGE;
		}
		catch (IllegalArgumentException ex) {
			if (options.instrument() != null) {
				print(err, "ita-scoring: cannot use instrument " + options.instrument() + ": " + ex.getMessage() + "\n");
				return USAGE;
			}
			print(err, "ita-scoring: no ITA scheme for year " + options.year() + " in this build (default "
					+ CliOptions.DEFAULT_YEAR + ")\n");
			return USAGE;
		}
		try {
			return report(options, scheme, in, out, err);
		}
		catch (RuntimeException ex) {
			print(err, "ita-scoring: internal error: " + ex + "\n");
			ex.printStackTrace(err);
			return INTERNAL_ERROR;
		}
	}

	private static int report(CliOptions options, Scheme scheme, InputStream stdin, PrintStream out, PrintStream err) {
		boolean fromStdin = options.file().equals("-");
		InputStream in;
		try {
			in = fromStdin ? stdin : Files.newInputStream(Path.of(options.file()));
		}
		catch (NoSuchFileException ex) {
			print(err, "ita-scoring: cannot open " + options.file() + ": no such file\n");
			return CANNOT_OPEN;
		}
		catch (IOException | InvalidPathException ex) {
			print(err, "ita-scoring: cannot open " + options.file() + ": " + ex.getMessage() + "\n");
			return CANNOT_OPEN;
		}
		ResponseReader reader = new ResponseReader(scheme, options.agency());
		SortedMap<String, Tally> tallies;
		try {
			tallies = reader.read(utf8Lines(in));
		}
		catch (InputException ex) {
			print(err, ex.getMessage() + "\n");
			return BAD_INPUT;
		}
		catch (IOException ex) {
			print(err, "ita-scoring: cannot read " + options.file() + ": " + ex.getMessage() + "\n");
			return IO_ERROR;
		}
		finally {
			if (!fromStdin) {
				closeQuietly(in);
			}
		}
		if (options.agency() != null && tallies.isEmpty()) {
			SortedSet<String> seen = reader.agenciesSeen();
			print(err, "no responses for agency \"" + options.agency() + "\""
					+ (seen.isEmpty() ? "" : " (agencies in the file: " + String.join(", ", seen) + ")") + "\n");
			return BAD_INPUT;
		}

		ScoreCalculator calculator = new ScoreCalculator(scheme);
		List<AgencyReport> reports = new ArrayList<>();
		for (Map.Entry<String, Tally> e : tallies.entrySet()) {
			reports.add(new AgencyReport(e.getKey(), calculator.score(e.getValue())));
		}
		// render fully before writing, so a failure cannot leave half a report on stdout
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try {
			if (options.format() == CliOptions.Format.TEXT) {
				buffer.writeBytes(TextReport.render(reports).getBytes(StandardCharsets.UTF_8));
			}
			else {
				JsonReport.write(reports, buffer);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot render the report", ex); // in-memory: does not happen
		}
		out.writeBytes(buffer.toByteArray());
		out.flush();
		if (out.checkError()) {
			// PrintStream swallows write failures (full disk, closed pipe); the exit status must not
			print(err, "ita-scoring: cannot write the report\n");
			return IO_ERROR;
		}
		return OK;
	}

	/** Strict UTF-8: a Latin-1 or TIS-620 export is reported, not silently turned into "?". */
	private static BufferedReader utf8Lines(InputStream in) {
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
	}

	private static void print(PrintStream stream, String text) {
		stream.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		stream.flush();
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// read already finished; nothing to lose
		}
	}
}
