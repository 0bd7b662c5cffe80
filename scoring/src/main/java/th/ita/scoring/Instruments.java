package th.ita.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which instrument each fiscal year uses. The years shipped in this build ({@code ita/shipped-years.txt},
 * now 2563) plus directories an admin adds: one configured per year, or any directory named by a year
 * (e.g. {@code 2567/}) dropped into a configured folder. A year uses its own instrument, or else the
 * latest one before it (the instrument stays in force until the NACC issues a new one); years before
 * the first instrument use the first. Every instrument is loaded and checked when the registry is
 * built, so a bad directory stops the start-up with all its problems listed.
 */
public final class Instruments {

	private final NavigableMap<Integer, Scheme> byYear;

	private Instruments(NavigableMap<Integer, Scheme> byYear) {
		this.byYear = Collections.unmodifiableNavigableMap(byYear);
	}

	/** Only the instruments shipped in this build. */
	public static Instruments shipped() {
		return builder().build();
	}

	/** Exactly these instruments, each from its own year (tests, and a single-year setup). */
	public static Instruments of(Scheme... schemes) {
		NavigableMap<Integer, Scheme> byYear = new TreeMap<>();
		for (Scheme s : schemes) {
			byYear.put(s.year(), s);
		}
		if (byYear.isEmpty()) {
			throw new IllegalArgumentException("no instrument");
		}
		return new Instruments(byYear);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The instrument the figures of {@code fiscalYear} (Buddhist era) are computed with. */
	public Scheme forYear(int fiscalYear) {
		Map.Entry<Integer, Scheme> e = byYear.floorEntry(fiscalYear);
		return e != null ? e.getValue() : byYear.firstEntry().getValue();
	}

	/** The instrument made for exactly that year, if there is one. */
	public Optional<Scheme> exactly(int year) {
		return Optional.ofNullable(byYear.get(year));
	}

	/** Every instrument by the year it starts. */
	public NavigableMap<Integer, Scheme> all() {
		return byYear;
	}

	/** Shipped years first; a configured directory for the same year replaces the shipped instrument. */
	public static final class Builder {

		private final List<Integer> shippedYears = new ArrayList<>(shippedYears());

		private final Map<Integer, Path> directories = new TreeMap<>();

		private final List<Path> folders = new ArrayList<>();

		private Builder() {
		}

		/** The instrument of {@code year} is in {@code directory}. */
		public Builder directory(int year, Path directory) {
			directories.put(year, directory);
			return this;
		}

		/** Every sub-directory of {@code folder} named by a year (2500–2700) is that year's instrument. */
		public Builder folder(Path folder) {
			folders.add(folder);
			return this;
		}

		/**
		 * Loads and checks every instrument. Throws {@link InstrumentException} with the problems of
		 * every bad directory.
		 */
		public Instruments build() {
			Map<Integer, Path> dirs = new TreeMap<>();
			for (Path folder : folders) {
				scan(folder, dirs);
			}
			dirs.putAll(directories);
			NavigableMap<Integer, Scheme> byYear = new TreeMap<>();
			List<InstrumentProblem> problems = new ArrayList<>();
			for (int year : shippedYears) {
				if (!dirs.containsKey(year)) {
					byYear.put(year, Scheme.load(year));
				}
			}
			dirs.forEach((year, dir) -> {
				List<InstrumentProblem> found = InstrumentValidator.errors(InstrumentValidator.check(dir));
				for (InstrumentProblem p : found) {
					problems.add(new InstrumentProblem(p.severity(), dir.resolve(p.file()).toString(), p.path(), p.thai(),
							p.english()));
				}
				if (found.isEmpty()) {
					Scheme scheme = Scheme.load(dir);
					if (scheme.year() != year) {
						problems.add(new InstrumentProblem(InstrumentProblem.Severity.ERROR,
								dir.resolve(SchemeLoader.SCHEME).toString(), "$.year",
								"ตั้งไว้ให้เป็นแบบประเมินปี " + year + " แต่ในไฟล์เขียนปี " + scheme.year(),
								"configured as the instrument of " + year + " but the file says " + scheme.year()));
					}
					byYear.put(year, scheme);
				}
			});
			if (!problems.isEmpty()) {
				throw new InstrumentException(dirs.values().toString(), problems);
			}
			if (byYear.isEmpty()) {
				throw new IllegalStateException("no ITA instrument at all: this build ships none and none is configured");
			}
			return new Instruments(byYear);
		}

		private static void scan(Path folder, Map<Integer, Path> dirs) {
			if (!Files.isDirectory(folder)) {
				throw new InstrumentException(folder.toString(), List.of(new InstrumentProblem(
						InstrumentProblem.Severity.ERROR, folder.toString(), "$", "ไม่พบโฟลเดอร์แบบประเมินที่ตั้งไว้",
						"the configured instruments folder does not exist")));
			}
			try (Stream<Path> children = Files.list(folder)) {
				children.filter(Files::isDirectory)
					.filter(p -> p.getFileName().toString().matches("2[5-7]\\d\\d"))
					.forEach(p -> dirs.put(Integer.parseInt(p.getFileName().toString()), p));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot list " + folder, ex);
			}
		}

		private static List<Integer> shippedYears() {
			try (InputStream in = Instruments.class.getClassLoader().getResourceAsStream("ita/shipped-years.txt")) {
				if (in == null) {
					return List.of();
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter(l -> l.matches("\\d{4}"))
					.map(Integer::valueOf)
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read ita/shipped-years.txt", ex);
			}
		}
	}
}
