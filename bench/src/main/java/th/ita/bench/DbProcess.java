package th.ita.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The separate database process of the outage scenario: {@link DbServer} (mongo-java-server on an
 * H2 file) started from this benchmark's own classpath, stopped and started again under the bot.
 */
final class DbProcess {

	final Process process;

	private DbProcess(Process process) {
		this.process = process;
	}

	static DbProcess start(Options o, int port, Path file) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
				System.getProperty("java.class.path"), DbServer.class.getName(), String.valueOf(port), file.toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(o.work.resolve("outage-db.log").toFile()))
			.start();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < end) {
			try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
				return new DbProcess(p);
			}
			catch (IOException notYet) {
				if (!p.isAlive()) {
					throw new IllegalStateException("database server exited; see " + o.work.resolve("outage-db.log"));
				}
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("database server did not start");
	}

	/** SIGTERM: it closes its H2 file cleanly (like a MongoDB shut down, whose journal keeps acknowledged writes). */
	void stop() throws InterruptedException {
		process.destroy();
		process.waitFor(30, TimeUnit.SECONDS);
	}
}
