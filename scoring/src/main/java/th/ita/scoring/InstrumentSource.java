package th.ita.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where an instrument's files are: a directory on disk, or {@code ita/<year>/} on the classpath. */
interface InstrumentSource {

	/** The file's bytes, or null when there is no such file. */
	byte[] read(String file) throws IOException;

	/** For messages: the directory, or {@code classpath:ita/2563/}. */
	String describe();

	static InstrumentSource classpath(int year) {
		return classpath("ita/" + year + "/");
	}

	static InstrumentSource classpath(String prefix) {
		return new InstrumentSource() {
			@Override
			public byte[] read(String file) throws IOException {
				try (InputStream in = InstrumentSource.class.getClassLoader().getResourceAsStream(prefix + file)) {
					return in == null ? null : in.readAllBytes();
				}
			}

			@Override
			public String describe() {
				return "classpath:" + prefix;
			}
		};
	}

	static InstrumentSource directory(Path dir) {
		return new InstrumentSource() {
			@Override
			public byte[] read(String file) throws IOException {
				Path path = dir.resolve(file).normalize();
				if (!path.startsWith(dir.normalize())) {
					return null; // "form": "../../etc/passwd" names no file of this instrument
				}
				try {
					return Files.readAllBytes(path);
				}
				catch (NoSuchFileException ex) {
					return null;
				}
			}

			@Override
			public String describe() {
				return dir.toString();
			}
		};
	}
}
