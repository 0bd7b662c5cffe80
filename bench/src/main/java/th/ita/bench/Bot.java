package th.ita.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static th.ita.bench.LoadBench.*;

/** The bot as a child process: {@code java <jvm> -jar ita-bot.jar} on 127.0.0.1. */
final class Bot {

	final Options o;

	final Path log;

	final int port;

	final List<String> properties;

	Process process;

	volatile long maxRssKb;

	private Thread sampler;

	Bot(Options o, String name, List<String> properties) {
		this.o = o;
		this.log = o.work.resolve(name + "-bot.log");
		this.port = Machine.freePort();
		this.properties = properties;
	}

	static List<String> embedded(Path db, LineStub line) {
		return List.of("--ita.embedded-mongo.file=" + db.toAbsolutePath(), "--line.bot.api-end-point=" + line.url(),
				"--line.bot.blob-end-point=" + line.url());
	}

	Bot start() throws IOException {
		List<String> cmd = new ArrayList<>();
		cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		if (!o.jvm.isBlank()) {
			cmd.addAll(List.of(o.jvm.trim().split("\\s+")));
		}
		cmd.addAll(List.of("-jar", o.jar.toAbsolutePath().toString(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--line.bot.channel-secret=" + CHANNEL_SECRET, "--line.bot.channel-token=bench-channel-token",
				"--ita.anonymity.secret=bench-anonymity-secret-0123456789",
				"--ita.complaints.receipt-secret=bench-receipt-secret-0123456789", "--ita.links.secret=bench-link-secret-0123456789"));
		cmd.addAll(properties);
		ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("MALLOC_ARENA_MAX", "2");
		process = builder.start();
		maxRssKb = 0;
		sampler = new Thread(() -> {
			while (process.isAlive()) {
				long rss = Machine.statusKb(process.pid(), "VmRSS");
				maxRssKb = Math.max(maxRssKb, rss);
				LockSupport.parkNanos(100_000_000);
			}
		}, "rss-sampler");
		sampler.setDaemon(true);
		sampler.start();
		return this;
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** Waits for /actuator/health to answer UP; false on timeout or when the process died. */
	boolean awaitHealthy(Duration timeout) {
		HttpClient http = HttpClient.newHttpClient();
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end && process.isAlive()) {
			if (healthy(http)) {
				return true;
			}
			LockSupport.parkNanos(200_000_000);
		}
		return false;
	}

	boolean healthy(HttpClient http) {
		try {
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
				.timeout(Duration.ofSeconds(5))
				.build(), HttpResponse.BodyHandlers.ofString());
			return r.statusCode() == 200 && r.body().contains("\"UP\"");
		}
		catch (Exception ex) {
			return false;
		}
	}

	long pid() {
		return process.pid();
	}

	long hwmKb() {
		return Machine.statusKb(process.pid(), "VmHWM");
	}

	double cpuSeconds() {
		return Machine.cpuSeconds(process.pid());
	}

	void kill9() throws InterruptedException {
		process.destroyForcibly(); // SIGKILL
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM: Spring closes the context, the embedded database commits and closes its file. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** Runs {@code java -jar ita-bot.jar db-check ...} on the same database; returns its output. */
	DbCheck dbCheck(List<String> dbProperties, List<String> args) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>();
		cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		cmd.add("-Xmx768m"); // an offline check that reads every stored document (the inbox keeps a day of ids)
		for (String p : dbProperties) {
			cmd.add("-D" + p.substring(2)); // properties as -D: the command takes its own arguments
		}
		cmd.addAll(List.of("-Dita.anonymity.secret=bench-anonymity-secret-0123456789", "-Dlogging.level.root=WARN",
				"-Dspring.main.banner-mode=off", "-jar", o.jar.toAbsolutePath().toString(), "db-check"));
		cmd.addAll(args);
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor(120, TimeUnit.SECONDS);
		Files.writeString(log, "\n--- db-check\n" + out, StandardOpenOption.APPEND);
		return new DbCheck(p.exitValue(), out);
	}
}
