package th.ita.scoring.cli;

import java.util.Locale;

/**
 * The {@code report} command line: {@code report [--agency CODE] [--format json|text] [--year 2563 |
 * --instrument DIR] FILE}.
 * Options may come before or after FILE, as {@code --name value} or {@code --name=value}.
 */
record CliOptions(String file, String agency, Format format, int year, String instrument) {

	static final int DEFAULT_YEAR = 2563;

	enum Format {
		JSON, TEXT
	}

	/** A command line that cannot be run; the message says why, the usage text says how. */
	static final class UsageException extends Exception {

		UsageException(String message) {
			super(message);
		}
	}

	/** {@code help}, or {@code -h}/{@code --help} anywhere before {@code --}. */
	static boolean wantsHelp(String[] args) {
		if (args.length > 0 && args[0].equals("help")) {
			return true;
		}
		for (String a : args) {
			if (a.equals("--")) {
				return false;
			}
			if (a.equals("-h") || a.equals("--help")) {
				return true;
			}
		}
		return false;
	}

	static CliOptions parse(String[] args) throws UsageException {
		if (args.length == 0) {
			throw new UsageException("missing command");
		}
		if (!args[0].equals("report")) {
			throw new UsageException("unknown command \"" + args[0] + "\"");
		}
		String file = null;
		String agency = null;
		Format format = Format.JSON;
		int year = DEFAULT_YEAR;
		String instrument = null;
		boolean optionsEnded = false;
		for (int i = 1; i < args.length; i++) {
			String a = args[i];
			if (!optionsEnded && a.equals("--")) {
				optionsEnded = true;
				continue;
			}
			if (!optionsEnded && a.startsWith("-") && !a.equals("-")) {
				int eq = a.indexOf('=');
				String name = eq < 0 ? a : a.substring(0, eq);
				String value;
				if (eq >= 0) {
					value = a.substring(eq + 1);
				}
				else if (i + 1 < args.length) {
					value = args[++i];
				}
				else {
					throw new UsageException(name + " needs a value");
				}
				switch (name) {
					case "--agency" -> {
						if (value.isBlank()) {
							throw new UsageException("--agency needs an agency code");
						}
						agency = value;
					}
					case "--format" -> format = format(value);
					case "--year" -> year = year(value);
					case "--instrument" -> {
						if (value.isBlank()) {
							throw new UsageException("--instrument needs a directory");
						}
						instrument = value;
					}
					default -> throw new UsageException("unknown option " + name);
				}
				continue;
			}
			if (file != null) {
				throw new UsageException("one FILE only, got \"" + file + "\" and \"" + a + "\"");
			}
			file = a;
		}
		if (file == null) {
			throw new UsageException("missing FILE (use - for standard input)");
		}
		return new CliOptions(file, agency, format, year, instrument);
	}

	private static Format format(String value) throws UsageException {
		try {
			return Format.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--format must be json or text, not \"" + value + "\"");
		}
	}

	private static int year(String value) throws UsageException {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--year must be a Buddhist-era year such as 2563, not \"" + value + "\"");
		}
	}
}
