package th.ita.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The second instrument of the tests ({@code src/test/resources/instruments/2570/}) and copies of it to break. */
public final class TestInstruments {

	private TestInstruments() {
	}

	/** The test instrument's directory: year 2570, 6-option scale, tier rating. */
	public static Path dir2570() {
		try {
			return Path.of(TestInstruments.class.getClassLoader().getResource("instruments/2570").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Copies the test instrument's files into {@code target} (created). */
	public static Path copy2570(Path target) {
		try {
			Files.createDirectories(target);
			try (Stream<Path> files = Files.list(dir2570())) {
				for (Path f : files.toList()) {
					Files.copy(f, target.resolve(f.getFileName()));
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
