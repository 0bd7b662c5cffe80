import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Load, fault and bad-input benchmark of the ITA LINE bot. JDK only: run it with
 * {@code java bench/LoadBench.java [options]} from the repository root, after
 * {@code ./mvnw -B -pl bot -am package -DskipTests}. It starts the bot jar itself (fresh H2 file per scenario under
 * --work), plays the LINE platform towards it (signed webhooks to 127.0.0.1, a local stand-in of
 * the Messaging API that receives the bot's replies), and simulated people who answer the survey by
 * tapping the buttons the bot actually offered. After each scenario the bot is stopped and
 * {@code java -jar ita-bot.jar db-check} compares the stored responses, the live counters, a
 * recount, and the answers the simulated people gave.
 *
 * Options (defaults in brackets):
 *   --scenarios load,redelivery,capacity,crash,outage,fuzz,security   [all but capacity]
 *   --rate 1000 --duration 60        target events/s and seconds of the load scenarios
 *   --think 500-2000                 ms a simulated person waits between taps
 *   --line-latency 0                 ms the LINE API stand-in takes per reply
 *   --jvm "-Xmx240m ..."             JVM options of the bot (default: see DEFAULT_JVM)
 *   --fuzz 10000 --crash-people 50 --kills 3 --guesses 10000
 *   --warmup 45                      seconds of closed-loop traffic before measuring (JIT)
 *   --people 16                      people tapping without pause in the capacity scenario
 *   --jar bot/target/ita-bot.jar --work target/bench --results target/bench/results.md
 */
public class LoadBench {

	/**
	 * The bot's JVM for these runs: a fixed 240 MB heap with the serial collector (two cores: no GC
	 * threads competing with the work), a young generation of half the heap with large survivor
	 * spaces (what lives a second or two, a session between taps, a page until the checkpoint, dies
	 * there instead of filling the old generation: full collections went from ~11 to ~1 a minute),
	 * capped code cache and metaspace, one netty buffer arena (the embedded server's). The
	 * environment adds MALLOC_ARENA_MAX=2 (glibc's per-thread arenas otherwise grow the RSS).
	 */
	static final String DEFAULT_JVM = "-Xms240m -Xmx240m -Xmn120m -XX:SurvivorRatio=4 -XX:TargetSurvivorRatio=90"
			+ " -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=128m -Xss512k"
			+ " -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1";

	static final String CHANNEL_SECRET = "bench-channel-secret-0123456789";

	/** Every simulated LINE userId starts with this, so db-check can prove none was stored. */
	static final String USER_MARK = "Ub3c4b3c4";

	static final String THANKS = "ส่งแบบประเมินเรียบร้อยแล้ว";

	static final String ALREADY = "(ส่งได้ครั้งเดียวต่อปีงบประมาณ)";

	static final String STALE = "ปุ่มที่กดเป็นของข้อก่อนหน้า";

	static final String CODE_PROMPT = "รหัสเข้าร่วม";

	static final Pattern ITEM_NUMBER = Pattern.compile("ข้อ (\\d+)/(\\d+)");

	static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

	public static void main(String[] args) throws Exception {
		if (Arrays.asList(args).contains("--help")) {
			System.out.println(Options.USAGE);
			return;
		}
		Options o = Options.parse(args);
		Files.createDirectories(o.work);
		List<Result> results = new ArrayList<>();
		log("ITA bot benchmark: " + o.scenarios + " on " + Machine.describe());
		for (String s : o.scenarios) {
			Result r = switch (s) {
				case "load" -> Scenarios.load(o, "load", 0.0);
				case "redelivery" -> Scenarios.load(o, "redelivery", 0.10);
				case "capacity" -> Scenarios.capacity(o);
				case "crash" -> Scenarios.crash(o);
				case "outage" -> Scenarios.outage(o);
				case "fuzz" -> Scenarios.fuzz(o);
				case "security" -> Scenarios.security(o);
				default -> throw new IllegalArgumentException("unknown scenario " + s);
			};
			if (r != null) {
				results.add(r);
				log(r.summary());
			}
		}
		String report = Result.markdown(o, results);
		Files.writeString(o.results, report, StandardCharsets.UTF_8);
		System.out.println();
		System.out.println(report);
		log("results written to " + o.results);
		boolean ok = results.stream().allMatch(r -> r.pass);
		System.exit(ok ? 0 : 1);
	}

	static void log(String s) {
		System.out.println("[" + LocalDateTime.now().format(CLOCK) + "] " + s);
	}

	// ------------------------------------------------------------------------------------------
	// Options

	static final class Options {

		static final String USAGE = """
				java bench/LoadBench.java [options]   (after ./mvnw -B -pl bot -am package -DskipTests)
				  --scenarios load,redelivery,capacity,crash,outage,fuzz,security   [all but capacity]
				  --rate 1000 --duration 60        target events/s and seconds of the load scenarios
				  --think 500-2000                 ms a simulated person waits between taps
				  --line-latency 0                 ms the LINE API stand-in takes per reply
				  --jvm "-Xmx240m ..."             JVM options of the bot (default: DEFAULT_JVM)
				  --fuzz 10000 --crash-people 50 --kills 3 --guesses 10000
				  --warmup 45                      seconds of closed-loop traffic before measuring (JIT)
				  --people 16                      people tapping without pause in the capacity scenario
				  --jar bot/target/ita-bot.jar --work target/bench --results target/bench/results.md""";

		List<String> scenarios = List.of("load", "redelivery", "crash", "outage", "fuzz", "security");

		double rate = 1000;

		int duration = 60;

		int thinkMin = 500;

		int thinkMax = 2000;

		int lineLatency = 0;

		String jvm = DEFAULT_JVM;

		int fuzz = 10_000;

		int crashPeople = 50;

		int kills = 3;

		int guesses = 10_000;

		int people = 16;

		int warmup = 45;

		Path jar = Path.of("bot/target/ita-bot.jar");

		Path work = Path.of("target/bench");

		Path results = Path.of("target/bench/results.md");

		String commandLine;

		static Options parse(String[] args) {
			Options o = new Options();
			o.commandLine = "java bench/LoadBench.java " + String.join(" ", args);
			for (int i = 0; i < args.length; i++) {
				String v = i + 1 < args.length ? args[i + 1] : "";
				switch (args[i]) {
					case "--scenarios" -> o.scenarios = List.of(v.split(","));
					case "--rate" -> o.rate = Double.parseDouble(v);
					case "--duration" -> o.duration = Integer.parseInt(v);
					case "--think" -> {
						String[] p = v.split("-");
						o.thinkMin = Integer.parseInt(p[0]);
						o.thinkMax = Integer.parseInt(p[p.length - 1]);
					}
					case "--line-latency" -> o.lineLatency = Integer.parseInt(v);
					case "--jvm" -> o.jvm = v;
					case "--fuzz" -> o.fuzz = Integer.parseInt(v);
					case "--crash-people" -> o.crashPeople = Integer.parseInt(v);
					case "--kills" -> o.kills = Integer.parseInt(v);
					case "--guesses" -> o.guesses = Integer.parseInt(v);
					case "--people" -> o.people = Integer.parseInt(v);
					case "--warmup" -> o.warmup = Integer.parseInt(v);
					case "--jar" -> o.jar = Path.of(v);
					case "--work" -> o.work = Path.of(v);
					case "--results" -> o.results = Path.of(v);
					default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see the header of bench/LoadBench.java)");
				}
				i++;
			}
			return o;
		}
	}

	// ------------------------------------------------------------------------------------------
	// Results

	static final class Result {

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

	// ------------------------------------------------------------------------------------------
	// The machine and processes

	static final class Machine {

		static String describe() {
			String cpu = "?";
			long memKb = 0;
			try {
				for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
					if (l.startsWith("model name")) {
						cpu = l.substring(l.indexOf(':') + 1).trim();
						break;
					}
				}
				for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
					if (l.startsWith("MemTotal")) {
						memKb = Long.parseLong(l.replaceAll("\\D", ""));
					}
				}
			}
			catch (IOException ignored) {
			}
			return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + (memKb / 1024) + " MB RAM, "
					+ System.getProperty("os.name") + ", Java " + System.getProperty("java.version");
		}

		static long statusKb(long pid, String field) {
			try {
				for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
					if (l.startsWith(field + ":")) {
						return Long.parseLong(l.replaceAll("\\D", ""));
					}
				}
			}
			catch (IOException | RuntimeException ignored) {
			}
			return -1;
		}

		/** CPU seconds (user + system) a process has used. */
		static double cpuSeconds(long pid) {
			try {
				String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
			}
			catch (IOException | RuntimeException ex) {
				return -1;
			}
		}

		/**
		 * How fast this (shared, virtual) machine is right now: SHA-256 MB per CPU-second on one
		 * thread, and the latency of a random memory access over 128 MB. Results from different
		 * times are comparable only with these beside them.
		 */
		static String probe() {
			try {
				var md = java.security.MessageDigest.getInstance("SHA-256");
				byte[] buf = new byte[1024];
				var threads = java.lang.management.ManagementFactory.getThreadMXBean();
				long cpu0 = threads.getCurrentThreadCpuTime();
				long t = System.nanoTime();
				int n = 0;
				while (System.nanoTime() - t < 1_000_000_000L) {
					md.update(buf);
					n++;
				}
				double sha = n / 1024.0 / ((threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
				int size = 1 << 25;
				int[] next = new int[size];
				for (int i = 0; i < size; i++) {
					next[i] = i;
				}
				java.util.Random r = new java.util.Random(1);
				for (int i = size - 1; i > 0; i--) {
					int j = r.nextInt(i);
					int x = next[i];
					next[i] = next[j];
					next[j] = x;
				}
				int p = 0;
				long t2 = System.nanoTime();
				for (int i = 0; i < 5_000_000; i++) {
					p = next[p];
				}
				double ns = (System.nanoTime() - t2) / 5e6 + (p == -1 ? 1 : 0);
				return String.format(Locale.ROOT, "SHA-256 %.0f MB/CPU-s, random memory access %.0f ns, load average %s", sha, ns,
						Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
			}
			catch (Exception ex) {
				return "probe failed: " + ex;
			}
		}

		static int freePort() {
			try (ServerSocket s = new ServerSocket(0)) {
				return s.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** The bot as a child process: {@code java <jvm> -jar ita-bot.jar} on 127.0.0.1. */
	static final class Bot {

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
			cmd.add("-Xmx256m");
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

	/** What db-check printed. */
	record DbCheck(int status, String out) {

		long figure(String tool, String key) {
			Matcher m = Pattern.compile("form PKT " + tool + " .*\\b" + key + "=(\\d+)").matcher(out);
			return m.find() ? Long.parseLong(m.group(1)) : -1;
		}

		boolean ok() {
			return status == 0 && out.contains("db-check: OK");
		}

		String problems() {
			return out.lines().filter(l -> l.startsWith("PROBLEM")).limit(5).reduce((a, b) -> a + "; " + b).orElse("none");
		}

		String sessions() {
			return out.lines().filter(l -> l.startsWith("sessions")).findFirst().orElse("?");
		}
	}

	// ------------------------------------------------------------------------------------------
	// Minimal JSON (reading the bot's replies; building events as strings)

	static final class Json {

		private final String s;

		private int i;

		private Json(String s) {
			this.s = s;
		}

		static Object parse(String s) {
			Json j = new Json(s);
			Object v = j.value();
			return v;
		}

		static String quote(String v) {
			StringBuilder sb = new StringBuilder(v.length() + 2).append('"');
			for (int k = 0; k < v.length(); k++) {
				char c = v.charAt(k);
				switch (c) {
					case '"' -> sb.append("\\\"");
					case '\\' -> sb.append("\\\\");
					case '\n' -> sb.append("\\n");
					case '\r' -> sb.append("\\r");
					case '\t' -> sb.append("\\t");
					default -> {
						if (c < 0x20) {
							sb.append(String.format("\\u%04x", (int) c));
						}
						else {
							sb.append(c);
						}
					}
				}
			}
			return sb.append('"').toString();
		}

		private void ws() {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
				i++;
			}
		}

		private Object value() {
			ws();
			char c = s.charAt(i);
			if (c == '{') {
				Map<String, Object> m = new LinkedHashMap<>();
				i++;
				ws();
				if (s.charAt(i) == '}') {
					i++;
					return m;
				}
				for (;;) {
					ws();
					String k = string();
					ws();
					i++; // :
					m.put(k, value());
					ws();
					if (s.charAt(i++) == '}') {
						return m;
					}
				}
			}
			if (c == '[') {
				List<Object> l = new ArrayList<>();
				i++;
				ws();
				if (s.charAt(i) == ']') {
					i++;
					return l;
				}
				for (;;) {
					l.add(value());
					ws();
					if (s.charAt(i++) == ']') {
						return l;
					}
				}
			}
			if (c == '"') {
				return string();
			}
			int start = i;
			while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
				i++;
			}
			String t = s.substring(start, i);
			return switch (t) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				case "null" -> null;
				default -> Double.valueOf(t);
			};
		}

		private String string() {
			StringBuilder sb = new StringBuilder();
			i++; // opening quote
			for (;;) {
				char c = s.charAt(i++);
				if (c == '"') {
					return sb.toString();
				}
				if (c == '\\') {
					char e = s.charAt(i++);
					switch (e) {
						case 'n' -> sb.append('\n');
						case 't' -> sb.append('\t');
						case 'r' -> sb.append('\r');
						case 'b' -> sb.append('\b');
						case 'f' -> sb.append('\f');
						case 'u' -> {
							sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
							i += 4;
						}
						default -> sb.append(e);
					}
				}
				else {
					sb.append(c);
				}
			}
		}
	}

	/** A reply the bot sent through the LINE API stand-in: its texts and quick-reply actions. */
	record Reply(String token, String text, List<Map<String, Object>> actions, long atNanos) {

		@SuppressWarnings("unchecked")
		static Reply of(String body, long at) {
			Map<String, Object> root = (Map<String, Object>) Json.parse(body);
			StringBuilder text = new StringBuilder();
			List<Map<String, Object>> actions = new ArrayList<>();
			for (Object o : (List<Object>) root.getOrDefault("messages", List.of())) {
				Map<String, Object> m = (Map<String, Object>) o;
				if (m.get("text") instanceof String t) {
					text.append(t).append('\n');
				}
				if (m.get("altText") instanceof String t) {
					text.append(t).append('\n');
				}
				if (m.get("quickReply") instanceof Map<?, ?> q && q.get("items") instanceof List<?> items) {
					for (Object item : items) {
						if (((Map<String, Object>) item).get("action") instanceof Map<?, ?> a) {
							actions.add((Map<String, Object>) a);
						}
					}
				}
			}
			return new Reply(String.valueOf(root.get("replyToken")), text.toString(), actions, at);
		}

		String postbackData(String prefix) {
			for (Map<String, Object> a : actions) {
				if ("postback".equals(a.get("type")) && String.valueOf(a.get("data")).startsWith(prefix)) {
					return String.valueOf(a.get("data"));
				}
			}
			return null;
		}

		List<String> answerButtons() {
			List<String> data = new ArrayList<>();
			for (Map<String, Object> a : actions) {
				if ("postback".equals(a.get("type")) && String.valueOf(a.get("data")).startsWith("a:")) {
					data.add(String.valueOf(a.get("data")));
				}
			}
			return data;
		}

		/** "ข้อ 7/19" → 7; 0 when no item is shown. */
		int itemNumber() {
			Matcher m = ITEM_NUMBER.matcher(text);
			return m.find() ? Integer.parseInt(m.group(1)) : 0;
		}
	}

	// ------------------------------------------------------------------------------------------
	// The LINE platform: webhook deliveries (signed, redelivered on failure) and the API stand-in

	/**
	 * People filing anonymous complaints while the bot is being killed: each walks the complaint
	 * flow by the buttons the bot offered; a step without a reply (the bot was killed) abandons that
	 * complaint. The receipt codes shown are checked afterwards with "ติดตาม CODE".
	 */
	static final class Complainants {

		final LineStub line;

		final Sender sender;

		final List<String[]> codes = Collections.synchronizedList(new ArrayList<>());

		final AtomicLong cut = new AtomicLong();

		volatile boolean running = true;

		final List<Thread> threads = new ArrayList<>();

		Complainants(LineStub line, Sender sender) {
			this.line = line;
			this.sender = sender;
		}

		void start(int people) {
			for (int i = 0; i < people; i++) {
				Thread t = new Thread(this::fileAgainAndAgain, "complainant-" + i);
				t.setDaemon(true);
				t.start();
				threads.add(t);
			}
		}

		void stop() throws InterruptedException {
			running = false;
			for (Thread t : threads) {
				t.join(30_000);
			}
		}

		private void fileAgainAndAgain() {
			while (running) {
				String userId = USER_MARK + String.format("%023x", Events.SEQ.incrementAndGet());
				String code = fileOne(userId);
				if (code == null) {
					cut.incrementAndGet();
				}
				else {
					codes.add(new String[] { userId, code });
				}
			}
		}

		private String fileOne(String userId) {
			Reply r = ask(userId, null, "ร้องเรียน PKT");
			r = r == null ? null : ask(userId, action(r, "จัดซื้อจัดจ้าง"), null);
			r = r == null ? null : ask(userId, null, "เจ้าหน้าที่เรียกรับเงินเพื่อเร่งงาน (ทดสอบ)");
			r = r == null ? null : ask(userId, action(r, "✅ ตรวจทาน"), null);
			r = r == null ? null : ask(userId, action(r, "✅ ยืนยัน"), null);
			if (r == null) {
				return null;
			}
			Matcher m = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(r.text());
			return m.find() ? m.group() : null;
		}

		static Map<String, Object> action(Reply r, String labelPrefix) {
			for (Map<String, Object> a : r.actions()) {
				if (String.valueOf(a.get("label")).startsWith(labelPrefix)) {
					return a;
				}
			}
			return null;
		}

		/** One event (typed text, or the tap of an offered button) and its reply; null if none came. */
		Reply ask(String userId, Map<String, Object> action, String text) {
			if (action == null && text == null) {
				return null;
			}
			String token = Events.token();
			CompletableFuture<Reply> reply = new CompletableFuture<>();
			line.waiting.put(token, reply::complete);
			String event = action == null ? Events.text(userId, Events.newId(), token, text)
					: "postback".equals(action.get("type"))
							? Events.postback(userId, Events.newId(), token, String.valueOf(action.get("data")))
							: Events.text(userId, Events.newId(), token, String.valueOf(action.get("text")));
			String body = Events.body(event);
			try {
				sender.postSync(body, Events.sign(body, CHANNEL_SECRET));
				return reply.get(5, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				line.waiting.remove(token);
				return null;
			}
		}

		/** After the kills: the codes that "ติดตาม CODE" no longer finds. */
		List<String> codesNotFound() {
			List<String> lost = new ArrayList<>();
			for (String[] held : List.copyOf(codes)) {
				Reply r = ask(held[0], null, "ติดตาม " + held[1]);
				if (r == null || r.text().contains("ไม่พบเรื่องตามรหัสนี้")) {
					lost.add(held[1]);
				}
			}
			return lost;
		}
	}

	/** Webhook event JSON as LINE sends it. */
	static final class Events {

		static final AtomicLong SEQ = new AtomicLong();

		static String newId() {
			return String.format("01B%023d", SEQ.incrementAndGet());
		}

		static String token() {
			return "rt" + SEQ.incrementAndGet() + "x" + Long.toHexString(ThreadLocalRandom.current().nextLong());
		}

		static String base(String type, String userId, String eventId, String replyToken) {
			StringBuilder sb = new StringBuilder(256);
			sb.append("{\"type\":\"").append(type).append("\",\"mode\":\"active\",\"timestamp\":").append(System.currentTimeMillis());
			sb.append(",\"source\":{\"type\":\"user\",\"userId\":").append(Json.quote(userId)).append('}');
			sb.append(",\"webhookEventId\":\"").append(eventId).append("\",\"deliveryContext\":{\"isRedelivery\":false}");
			if (replyToken != null) {
				sb.append(",\"replyToken\":\"").append(replyToken).append('"');
			}
			return sb.toString();
		}

		static String text(String userId, String eventId, String replyToken, String text) {
			return base("message", userId, eventId, replyToken) + ",\"message\":{\"type\":\"text\",\"id\":\"" + SEQ.incrementAndGet()
					+ "\",\"quoteToken\":\"q\",\"text\":" + Json.quote(text) + "}}";
		}

		static String postback(String userId, String eventId, String replyToken, String data) {
			return base("postback", userId, eventId, replyToken) + ",\"postback\":{\"data\":" + Json.quote(data) + "}}";
		}

		static String body(String... events) {
			return "{\"destination\":\"Ub3c4000000000000000000000000dest\",\"events\":[" + String.join(",", events) + "]}";
		}

		static String redelivered(String body) {
			return body.replace("\"isRedelivery\":false", "\"isRedelivery\":true");
		}

		private static final ThreadLocal<Map<String, Mac>> MACS = ThreadLocal.withInitial(HashMap::new);

		static String sign(String body, String secret) {
			Mac mac = MACS.get().computeIfAbsent(secret, k -> {
				try {
					Mac m = Mac.getInstance("HmacSHA256");
					m.init(new SecretKeySpec(k.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
					return m;
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
	}

	/** Outcome of one HTTP delivery: status (-1: no answer) and ack latency. */
	record Ack(int status, long nanos, Throwable error) {

		boolean ok() {
			return status >= 200 && status < 300;
		}
	}

	/**
	 * Posts webhook bodies to the bot over a fixed pool of keep-alive HTTP/1.1 connections (as a
	 * sender with bounded parallelism does; the JDK's HttpClient opens one more connection per
	 * concurrent request, without bound, and costs far more CPU). The ack latency is measured from
	 * the moment a delivery is handed over, so waiting for a free connection counts too.
	 */
	static final class Sender {

		final java.util.concurrent.LinkedBlockingQueue<Job> queue = new java.util.concurrent.LinkedBlockingQueue<>();

		volatile URI url;

		record Job(byte[] body, String signature, String contentType, long handedAt, CompletableFuture<Ack> done) {
		}

		Sender(String url) {
			this(url, 64);
		}

		Sender(String url, int connections) {
			this.url = URI.create(url);
			for (int i = 0; i < connections; i++) {
				Thread t = new Thread(this::work, "sender-" + i);
				t.setDaemon(true);
				t.start();
			}
		}

		CompletableFuture<Ack> post(String body, String signature) {
			return post(body.getBytes(StandardCharsets.UTF_8), signature, "application/json; charset=UTF-8");
		}

		CompletableFuture<Ack> post(byte[] body, String signature, String contentType) {
			CompletableFuture<Ack> done = new CompletableFuture<>();
			queue.add(new Job(body, signature, contentType, System.nanoTime(), done));
			return done;
		}

		Ack postSync(String body, String signature) {
			return post(body, signature).join();
		}

		private void work() {
			Connection c = null;
			while (true) {
				Job job;
				try {
					job = queue.take();
				}
				catch (InterruptedException ex) {
					return;
				}
				int status = -1;
				Throwable error = null;
				for (int attempt = 0; attempt < 2; attempt++) {
					try {
						URI target = url;
						if (c == null || !c.to.equals(target)) {
							if (c != null) {
								c.close();
							}
							c = new Connection(target);
						}
						status = c.exchange(job);
						if (c.closeAfter) {
							c.close();
							c = null;
						}
						break;
					}
					catch (Connection.Stale stale) {
						c.close(); // the server closed an idle connection: send again on a new one
						c = null;
					}
					catch (IOException | RuntimeException ex) {
						error = ex;
						if (c != null) {
							c.close();
						}
						c = null;
						break;
					}
				}
				job.done().complete(new Ack(status, System.nanoTime() - job.handedAt(), error));
			}
		}

		/** One keep-alive connection: writes a request, reads the status line, headers and body. */
		static final class Connection {

			static final class Stale extends IOException {
			}

			final URI to;

			final java.net.Socket socket;

			final java.io.BufferedInputStream in;

			final OutputStream out;

			/** The server said "Connection: close": its answer is read, the connection is not reused. */
			boolean closeAfter;

			Connection(URI to) throws IOException {
				this.to = to;
				socket = new java.net.Socket();
				socket.setTcpNoDelay(true);
				socket.connect(new InetSocketAddress(to.getHost(), to.getPort()), 2000);
				socket.setSoTimeout(10_000);
				in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
				out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16384);
			}

			int exchange(Job job) throws IOException {
				StringBuilder head = new StringBuilder(256).append("POST ").append(to.getRawPath()).append(" HTTP/1.1\r\nHost: ")
					.append(to.getHost()).append(':').append(to.getPort()).append("\r\nContent-Type: ").append(job.contentType())
					.append("\r\nContent-Length: ").append(job.body().length).append("\r\n");
				if (job.signature() != null) {
					head.append("x-line-signature: ").append(job.signature()).append("\r\n");
				}
				head.append("\r\n");
				out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(job.body());
				out.flush();
				String statusLine = line(true);
				int status = Integer.parseInt(statusLine.split(" ")[1]);
				long length = -1;
				boolean chunked = false;
				boolean close = false;
				for (String h; !(h = line(false)).isEmpty();) {
					String lower = h.toLowerCase(Locale.ROOT);
					if (lower.startsWith("content-length:")) {
						length = Long.parseLong(h.substring(15).trim());
					}
					else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
						chunked = true;
					}
					else if (lower.startsWith("connection:") && lower.contains("close")) {
						close = true;
					}
				}
				if (chunked) {
					for (long size; (size = Long.parseLong(line(false).split(";")[0].trim(), 16)) > 0;) {
						skip(size);
						line(false);
					}
					while (!line(false).isEmpty()) {
						// trailers
					}
				}
				else if (length > 0) {
					skip(length);
				}
				closeAfter = close;
				return status;
			}

			private String line(boolean first) throws IOException {
				StringBuilder sb = new StringBuilder(64);
				for (int b; (b = in.read()) != '\n';) {
					if (b < 0) {
						if (first && sb.length() == 0) {
							throw new Stale();
						}
						throw new IOException("connection closed mid-response");
					}
					if (b != '\r') {
						sb.append((char) b);
					}
				}
				return sb.toString();
			}

			private void skip(long n) throws IOException {
				while (n > 0) {
					long k = in.skip(n);
					if (k <= 0) {
						if (in.read() < 0) {
							throw new IOException("connection closed mid-body");
						}
						k = 1;
					}
					n -= k;
				}
			}

			void close() {
				try {
					socket.close();
				}
				catch (IOException ignored) {
				}
			}
		}
	}

	static java.util.concurrent.ThreadFactory daemon(String name) {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, name + "-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
	}

	/** The LINE Messaging API stand-in: takes the bot's replies and hands each to whoever waits for its token. */
	static final class LineStub {

		final HttpServer server;

		final Map<String, Consumer<Reply>> waiting = new ConcurrentHashMap<>();

		final Set<String> usedTokens = ConcurrentHashMap.newKeySet();

		/** When the first reply with each token arrived (System.nanoTime), for webhook-to-reply delays. */
		final Map<String, Long> repliedAt = new ConcurrentHashMap<>();

		final AtomicLong replies = new AtomicLong();

		final AtomicLong duplicateReplies = new AtomicLong();

		final AtomicLong unclaimed = new AtomicLong();

		final ConcurrentLinkedQueue<Reply> all = new ConcurrentLinkedQueue<>();

		volatile boolean keepAll;

		final int latencyMs;

		LineStub(int latencyMs) throws IOException {
			this.latencyMs = latencyMs;
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
			server.setExecutor(Executors.newFixedThreadPool(latencyMs > 0 ? 512 : 16, daemon("line-stub")));
			server.createContext("/", this::handle);
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
		}

		private void handle(HttpExchange ex) throws IOException {
			long at = System.nanoTime();
			byte[] body;
			try (InputStream in = ex.getRequestBody()) {
				body = in.readAllBytes();
			}
			if (latencyMs > 0) {
				LockSupport.parkNanos(latencyMs * 1_000_000L);
			}
			int status = 200;
			String answer = "{}";
			if (ex.getRequestURI().getPath().equals("/v2/bot/message/reply")) {
				Reply r = Reply.of(new String(body, StandardCharsets.UTF_8), at);
				replies.incrementAndGet();
				if (!usedTokens.add(r.token())) {
					// the real API refuses a reply token used twice
					duplicateReplies.incrementAndGet();
					status = 400;
					answer = "{\"message\":\"Invalid reply token\"}";
				}
				else {
					repliedAt.put(r.token(), at);
					answer = "{\"sentMessages\":[]}";
					if (keepAll) {
						all.add(r);
					}
					Consumer<Reply> c = waiting.remove(r.token());
					if (c != null) {
						c.accept(r);
					}
					else {
						unclaimed.incrementAndGet();
					}
				}
			}
			byte[] out = answer.getBytes(StandardCharsets.UTF_8);
			ex.getResponseHeaders().set("Content-Type", "application/json");
			ex.sendResponseHeaders(status, out.length);
			try (OutputStream os = ex.getResponseBody()) {
				os.write(out);
			}
		}

		void stop() {
			server.stop(0);
		}
	}

	/** Latency samples and status counts of deliveries. */
	static final class Stats {

		final long[] samples;

		final AtomicInteger n = new AtomicInteger();

		final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

		final AtomicLong sent = new AtomicLong();

		final AtomicLong acked = new AtomicLong();

		final AtomicLong maxNanos = new AtomicLong();

		Stats(int capacity) {
			samples = new long[capacity];
		}

		void record(Ack a) {
			statuses.computeIfAbsent(a.status(), k -> new AtomicLong()).incrementAndGet();
			if (a.ok()) {
				acked.incrementAndGet();
			}
			int i = n.getAndIncrement();
			if (i < samples.length) {
				samples[i] = a.nanos();
			}
			maxNanos.accumulateAndGet(a.nanos(), Math::max);
		}

		long[] sorted() {
			long[] s = Arrays.copyOf(samples, Math.min(n.get(), samples.length));
			Arrays.sort(s);
			return s;
		}

		static double ms(long[] sorted, double p) {
			if (sorted.length == 0) {
				return 0;
			}
			int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
		}

		String latencies() {
			long[] s = sorted();
			return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms (%d samples)", ms(s, 50), ms(s, 95),
					ms(s, 99), maxNanos.get() / 1e6, s.length);
		}

		/** The same summary for any sorted samples (the last one is the maximum). */
		static String latencies(long[] sorted) {
			return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms (%d samples)", ms(sorted, 50),
					ms(sorted, 95), ms(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, sorted.length);
		}

		long errors() {
			return statuses.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 300).mapToLong(e -> e.getValue().get()).sum();
		}

		String statusCounts() {
			return new TreeMap<>(statuses).toString().replace("-1=", "no answer=");
		}
	}

	// ------------------------------------------------------------------------------------------
	// Simulated people

	/**
	 * The LINE side of one run: delivers events (redelivering on failure as LINE does, and, when
	 * asked, a share of successful ones again), drives simulated people at a target rate.
	 */
	static final class Platform {

		final Sender sender;

		final LineStub line;

		/** Where deliveries sent from now on are counted (swapped per phase by the outage scenario). */
		volatile Stats stats;

		final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, daemon("platform-timer"));

		final PriorityBlockingQueue<Walker> thinking = new PriorityBlockingQueue<>(1024, Comparator.comparingLong(w -> w.readyAt));

		final Set<Walker> active = ConcurrentHashMap.newKeySet();

		final List<Walker> finished = Collections.synchronizedList(new ArrayList<>());

		final AtomicLong redeliveries = new AtomicLong();

		final AtomicLong duplicatesSent = new AtomicLong();

		final AtomicLong gaveUp = new AtomicLong();

		final AtomicLong lateReplies = new AtomicLong();

		final AtomicLong replyLatencyTotal = new AtomicLong();

		final AtomicLong replyCount = new AtomicLong();

		/** Events sent while measuring: reply token → when the person sent it (first delivery). */
		final Map<String, Long> sentAt = new ConcurrentHashMap<>();

		/** Reply tokens of measured events that LINE got a 2xx for: each must get its reply. */
		final Set<String> ackedTokens = ConcurrentHashMap.newKeySet();

		double duplicateShare;

		int thinkMin;

		int thinkMax;

		long replyTimeoutNanos = TimeUnit.SECONDS.toNanos(5);

		volatile boolean measuring = true;

		Platform(Sender sender, LineStub line, int sampleCapacity) {
			this.sender = sender;
			this.line = line;
			this.stats = new Stats(sampleCapacity);
			timer.scheduleWithFixedDelay(this::watch, 200, 200, TimeUnit.MILLISECONDS);
		}

		/** One delivery of an event body; on failure LINE redelivers the same event with isRedelivery true. */
		void deliver(Walker w, String body, int attempt) {
			Stats phase = stats;
			boolean measured = measuring;
			phase.sent.incrementAndGet();
			sender.post(body, Events.sign(body, CHANNEL_SECRET)).thenAccept(ack -> {
				if (measured) {
					phase.record(ack);
				}
				if (ack.ok()) {
					if (measured) {
						w.acknowledged(body);
					}
					w.settled(body);
					if (attempt == 0 && duplicateShare > 0 && ThreadLocalRandom.current().nextDouble() < duplicateShare) {
						// LINE sends the same event again (its own retry after a lost answer)
						long delay = ThreadLocalRandom.current().nextLong(0, 1500);
						timer.schedule(() -> {
							duplicatesSent.incrementAndGet();
							String again = Events.redelivered(body);
							sender.post(again, Events.sign(again, CHANNEL_SECRET)).thenAccept(a -> {
								if (measuring) {
									stats.record(a);
								}
							});
						}, delay, TimeUnit.MILLISECONDS);
					}
				}
				else if (attempt < 40) {
					redeliveries.incrementAndGet();
					long backoff = Math.min(4000, 250L << Math.min(attempt, 4));
					timer.schedule(() -> deliver(w, Events.redelivered(body), attempt + 1), backoff, TimeUnit.MILLISECONDS);
				}
				else {
					gaveUp.incrementAndGet();
					w.settled(body);
				}
			});
		}

		void thinkThenAct(Walker w, boolean quick) {
			int min = quick ? 0 : thinkMin;
			int max = quick ? 20 : thinkMax;
			w.readyAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(max > min ? ThreadLocalRandom.current().nextInt(min, max) : min);
			thinking.add(w);
		}

		/** People whose reply never came (lost with a killed bot) write again, as people do. */
		private void watch() {
			long now = System.nanoTime();
			for (Walker w : active) {
				w.checkTimeout(now);
			}
		}

		/**
		 * Sends events at {@code rate} per second (0: whenever someone is ready) for {@code seconds};
		 * when nobody is ready, {@code spawn} may bring a new person (null: nobody now). With
		 * {@code untilDone} it returns early once nobody is left and {@code spawn} brings nobody.
		 * Returns the events that were due but had nobody to send them.
		 */
		long drive(double rate, double seconds, java.util.function.Supplier<Walker> spawn, boolean untilDone) {
			long start = System.nanoTime();
			long end = start + (long) (seconds * 1e9);
			long sent = 0;
			long starved = 0;
			while (System.nanoTime() < end) {
				long now = System.nanoTime();
				long due = rate > 0 ? (long) ((now - start) * rate / 1e9) : Long.MAX_VALUE;
				boolean nobodyNew = false;
				while (sent < due) {
					Walker w = thinking.peek();
					if (w != null && w.readyAt <= now) {
						thinking.poll();
					}
					else {
						w = spawn == null ? null : spawn.get();
						if (w == null) {
							nobodyNew = true;
							if (rate > 0 && due - sent > rate / 10) {
								starved += due - sent - (long) (rate / 10);
								sent = due - (long) (rate / 10);
							}
							break;
						}
						active.add(w);
					}
					w.act();
					sent++;
				}
				if (untilDone && nobodyNew && active.isEmpty() && thinking.isEmpty()) {
					break;
				}
				LockSupport.parkNanos(rate > 0 ? 250_000 : 1_000_000);
			}
			return starved;
		}

		void done(Walker w) {
			active.remove(w);
			finished.add(w);
		}

		/**
		 * What a person feels: from sending each measured event to the LINE stand-in receiving the
		 * reply with its token (late replies included); acknowledged events never replied to are lost.
		 */
		ReplyDelays replyDelays() {
			long[] delays = sentAt.entrySet().stream().filter(e -> line.repliedAt.containsKey(e.getKey()))
					.mapToLong(e -> line.repliedAt.get(e.getKey()) - e.getValue()).sorted().toArray();
			long lost = ackedTokens.stream().filter(t -> !line.repliedAt.containsKey(t)).count();
			return new ReplyDelays(delays, ackedTokens.size(), lost);
		}

		void stop() {
			timer.shutdownNow();
		}
	}

	/** Webhook-to-reply delays of one run, sorted, and the acknowledged events that got no reply. */
	record ReplyDelays(long[] sorted, long acknowledged, long lost) {

		double p99() {
			return Stats.ms(sorted, 99);
		}

		String summary() {
			return Stats.latencies(sorted);
		}
	}

	/** One person answering a form by tapping the buttons the bot offered. */
	static final class Walker {

		static final AtomicLong SEQ = new AtomicLong();

		enum Kind {
			START, NUDGE, CODE, ANSWER, SUBMIT, FORGED
		}

		final Platform platform;

		final String userId;

		final String tool;

		final String agency;

		final String accessCode;

		/** Postbacks to slip in before real taps (forged buttons in the fuzz and security runs). */
		final java.util.ArrayDeque<String> forgeries = new java.util.ArrayDeque<>();

		volatile long readyAt;

		// the event in flight
		Kind kind;

		String token;

		boolean delivered;

		long settledAt;

		long sentAt;

		Reply pending;

		/** The last reply to a real action: what the person looks at to decide the next tap. */
		Reply last;

		boolean started;

		int lastShown;

		/** Highest item number whose answer the bot confirmed by showing the next one. */
		int confirmed;

		int answeredItem;

		final Map<String, Integer> chosen = new HashMap<>();

		boolean done;

		boolean completed;

		int stale;

		int rolledBack;

		int nudges;

		int restarts;

		int forgedSent;

		int forgedAccepted;

		int sentEvents;

		Walker(Platform platform, String tool, String agency, String accessCode) {
			this.platform = platform;
			this.userId = newUserId();
			this.tool = tool;
			this.agency = agency;
			this.accessCode = accessCode;
		}

		static String newUserId() {
			return USER_MARK + String.format("%023x", SEQ.incrementAndGet());
		}

		String startText() {
			return tool + " " + agency;
		}

		/** Sends the next event: the start, or what the last reply calls for. */
		synchronized void act() {
			if (done) {
				return;
			}
			if (last == null) {
				if (started) {
					nudges++;
					send(Kind.NUDGE, true, "ต่อ"); // no reply came: write again, as a person would
				}
				else {
					started = true;
					send(Kind.START, true, startText());
				}
				return;
			}
			List<String> answers = last.answerButtons();
			String current = answers.isEmpty() ? null : answers.get(0).substring(0, answers.get(0).lastIndexOf(':') + 1);
			while (!forgeries.isEmpty() && current != null) {
				String forged = forgeries.poll();
				if (!forged.startsWith(current)) { // a button of the current item is a real answer, not a forgery
					forgedSent++;
					send(Kind.FORGED, false, forged);
					return;
				}
			}
			String submit = last.postbackData("nav:submit");
			if (last.text().contains(CODE_PROMPT) && accessCode != null && answers.isEmpty()) {
				send(Kind.CODE, true, accessCode);
			}
			else if (submit != null) {
				answeredItem = lastShown;
				send(Kind.SUBMIT, false, submit);
			}
			else if (!answers.isEmpty()) {
				String item = answers.get(0).split(":")[3];
				int idx = Math.floorMod((userId + item).hashCode() * 31 + 7, answers.size());
				chosen.put(item, idx);
				answeredItem = last.itemNumber();
				send(Kind.ANSWER, false, answers.get(idx));
			}
			else {
				// no survey on screen (it was lost, or cancelled): start again
				if (++restarts > 20) {
					finish();
					return;
				}
				send(Kind.START, true, startText());
			}
		}

		private void send(Kind kind, boolean text, String content) {
			this.kind = kind;
			token = Events.token();
			String id = Events.newId();
			String event = text ? Events.text(userId, id, token, content) : Events.postback(userId, id, token, content);
			String body = Events.body(event);
			delivered = false;
			pending = null;
			sentAt = System.nanoTime();
			sentEvents++;
			if (platform.measuring) {
				platform.sentAt.put(token, sentAt);
			}
			platform.line.waiting.put(token, this::replied);
			platform.deliver(this, body, 0);
		}

		/** LINE got a 2xx for this event: the bot owes the person its reply. */
		synchronized void acknowledged(String deliveredBody) {
			if (token != null && deliveredBody.contains(token) && platform.sentAt.containsKey(token)) {
				platform.ackedTokens.add(token);
			}
		}

		synchronized void settled(String deliveredBody) {
			if (token == null || !deliveredBody.contains(token)) {
				return; // a delivery of an older event
			}
			delivered = true;
			settledAt = System.nanoTime();
			maybeNext();
		}

		synchronized void replied(Reply r) {
			if (!r.token().equals(token)) {
				platform.lateReplies.incrementAndGet();
				return;
			}
			platform.replyLatencyTotal.addAndGet(r.atNanos() - sentAt);
			platform.replyCount.incrementAndGet();
			pending = r;
			maybeNext();
		}

		private void maybeNext() {
			if (!delivered || pending == null || done) {
				return;
			}
			Reply r = pending;
			int shown = r.itemNumber();
			if (kind == Kind.FORGED) {
				// nothing may move: no other item shown, no summary, no thank-you
				if ((shown != 0 && shown != lastShown) || r.postbackData("nav:submit") != null || r.text().contains(THANKS)) {
					forgedAccepted++;
				}
				platform.thinkThenAct(this, false);
				return;
			}
			last = r;
			if (r.text().contains(THANKS) || r.text().contains(ALREADY)) {
				completed = true;
				finish();
				return;
			}
			if (r.text().contains(STALE)) {
				stale++;
			}
			boolean review = r.postbackData("nav:submit") != null;
			if (shown > 0 && shown <= confirmed) {
				rolledBack += confirmed - shown + 1; // answers the bot had confirmed are gone
				confirmed = shown - 1;
			}
			else if (kind == Kind.ANSWER && (shown == answeredItem + 1 || review)) {
				confirmed = Math.max(confirmed, answeredItem);
			}
			if (shown > 0) {
				lastShown = shown;
			}
			platform.thinkThenAct(this, false);
		}

		/** The reply never came (the bot was killed after answering HTTP): look again. */
		synchronized void checkTimeout(long now) {
			if (!done && delivered && pending == null && now - settledAt > platform.replyTimeoutNanos) {
				platform.line.waiting.remove(token);
				delivered = false;
				token = null;
				if (kind != Kind.FORGED) {
					last = null;
				}
				platform.thinkThenAct(this, true);
			}
		}

		private void finish() {
			done = true;
			platform.done(this);
		}
	}

	/** What the simulated people answered, as db-check reads it: "TOOL item option count", "TOOL n count". */
	static Path writeExpected(Path file, List<Walker> walkers) throws IOException {
		Map<String, Long> expected = new TreeMap<>();
		for (Walker w : walkers) {
			if (!w.completed) {
				continue;
			}
			expected.merge(w.tool + " n", 1L, Long::sum);
			w.chosen.forEach((item, idx) -> expected.merge(w.tool + " " + item + " " + idx, 1L, Long::sum));
		}
		StringBuilder sb = new StringBuilder("# answers of the simulated people who completed a form\n");
		expected.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
		Files.writeString(file, sb.toString());
		return file;
	}

	// ------------------------------------------------------------------------------------------
	// Scenarios

	static final class Scenarios {

		static Path freshDb(Options o, String name) throws IOException {
			Path db = o.work.resolve(name + ".mv");
			Files.deleteIfExists(db);
			Files.deleteIfExists(o.work.resolve(name + "-bot.log"));
			return db;
		}

		/**
		 * Load (and redelivery): people arrive and complete the EIT at the target event rate for the
		 * set duration; then no new people, the ones mid-survey finish; the bot stops; db-check.
		 */
		static Result load(Options o, String name, double duplicateShare) throws Exception {
			Result res = new Result(name + (duplicateShare > 0 ? " (" + Math.round(duplicateShare * 100) + "% of events delivered twice)" : ""));
			LineStub line = new LineStub(o.lineLatency);
			Path db = freshDb(o, name);
			Bot bot = new Bot(o, name, Bot.embedded(db, line)).start();
			if (!bot.awaitHealthy(Duration.ofSeconds(120))) {
				res.check("bot started", false);
				return res;
			}
			long started = System.nanoTime();
			Sender sender = new Sender(bot.url("/callback"));
			// warm-up (JIT), not measured
			Platform warm = new Platform(sender, line, 1);
			warm.measuring = false;
			warm.thinkMin = 0;
			warm.thinkMax = 50;
			warm.drive(0, o.warmup, () -> warm.active.size() < 16 ? new Walker(warm, "EIT", "PKT", null) : null, false);
			warm.drive(0, 60, null, true);
			warm.stop();
			// idle: one event at a time
			Platform idle = new Platform(sender, line, 10_000);
			idle.thinkMin = 30;
			idle.thinkMax = 60;
			idle.drive(20, 15, () -> idle.active.isEmpty() ? new Walker(idle, "EIT", "PKT", null) : null, false);
			idle.drive(0, 30, null, true);
			idle.stop();
			long[] idleSorted = idle.stats.sorted();
			double idleP99 = Stats.ms(idleSorted, 99);
			res.put("idle ack latency (20 events/s)", idle.stats.latencies());
			res.put("idle webhook-to-reply (20 events/s)", idle.replyDelays().summary());

			Platform p = new Platform(sender, line, (int) (o.rate * o.duration * 1.3) + 10_000);
			p.thinkMin = o.thinkMin;
			p.thinkMax = o.thinkMax;
			p.duplicateShare = duplicateShare;
			long replies0 = line.replies.get();
			double botCpu0 = bot.cpuSeconds();
			double genCpu0 = Machine.cpuSeconds(ProcessHandle.current().pid());
			long rss0 = bot.maxRssKb;
			long t0 = System.nanoTime();
			AtomicInteger maxActive = new AtomicInteger();
			ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(daemon("active-watch"));
			watch.scheduleAtFixedRate(() -> maxActive.accumulateAndGet(p.active.size(), Math::max), 0, 100, TimeUnit.MILLISECONDS);
			long starved = p.drive(o.rate, o.duration, () -> new Walker(p, "EIT", "PKT", null), false);
			double window = (System.nanoTime() - t0) / 1e9;
			p.measuring = false;
			long sentInWindow = p.stats.sent.get();
			long ackedInWindow = p.stats.acked.get();
			double botCpu = bot.cpuSeconds() - botCpu0;
			double genCpu = Machine.cpuSeconds(ProcessHandle.current().pid()) - genCpu0;
			long repliesInWindow = line.replies.get() - replies0;
			log(name + ": " + o.duration + " s at " + o.rate + "/s done, letting " + p.active.size() + " people finish");
			p.thinkMin = 0;
			p.thinkMax = 100;
			p.drive(0, 180, null, true);
			watch.shutdownNow();
			Thread.sleep(1500); // late duplicate deliveries
			ReplyDelays replies = p.replyDelays();
			boolean healthy = bot.healthy(HttpClient.newHttpClient());
			long hwm = bot.hwmKb();
			long maxRss = Math.max(bot.maxRssKb, rss0);
			p.stop();
			bot.stop();
			line.stop();

			List<Walker> all = new ArrayList<>(p.finished);
			all.addAll(p.active);
			long rolledBack = all.stream().mapToLong(w -> w.rolledBack).sum();
			long stale = all.stream().mapToLong(w -> w.stale).sum();
			// the warm-up and idle people's responses are in the same database
			List<Walker> everyone = new ArrayList<>(all);
			for (Platform earlier : List.of(warm, idle)) {
				everyone.addAll(earlier.finished);
				everyone.addAll(earlier.active);
			}
			long completed = everyone.stream().filter(w -> w.completed).count();
			Path expected = writeExpected(o.work.resolve(name + "-expected.txt"), everyone);
			DbCheck check = bot.dbCheck(List.of("--ita.embedded-mongo.file=" + db.toAbsolutePath()),
					List.of("--agency", "PKT", "--expect", expected.toAbsolutePath().toString(), "--forbid", USER_MARK));
			long[] s = p.stats.sorted();
			double p99 = Stats.ms(s, 99);
			res.put("target", String.format(Locale.ROOT, "%.0f events/s for %d s, think time %d–%d ms, LINE API latency %d ms", o.rate,
					o.duration, o.thinkMin, o.thinkMax, o.lineLatency));
			res.put("events sent in the window", sentInWindow + (duplicateShare > 0 ? " (" + p.duplicatesSent.get() + " of them second deliveries)" : ""));
			res.put("events/s acknowledged (2xx)", String.format(Locale.ROOT, "%.0f", ackedInWindow / window));
			res.put("generator shortfall (no person ready)", starved);
			res.put("ack latency under load", p.stats.latencies());
			res.put("webhook-to-reply under load (what a person feels)", replies.summary());
			res.put("p99 under load / p99 idle", String.format(Locale.ROOT, "%.1f (%.1f ms / %.1f ms)", idleP99 == 0 ? 0 : p99 / idleP99, p99, idleP99));
			res.put("HTTP statuses", p.stats.statusCounts());
			res.put("replies to LINE in the window", repliesInWindow + String.format(Locale.ROOT, " (mean reply delay %.1f ms)",
					p.replyCount.get() == 0 ? 0 : p.replyLatencyTotal.get() / 1e6 / p.replyCount.get()));
			res.put("people (max at once)", all.size() + " (" + maxActive.get() + ")");
			res.put("bot CPU / generator CPU in the window", String.format(Locale.ROOT, "%.2f / %.2f cores", botCpu / window, genCpu / window));
			res.put("bot peak RSS (VmHWM / max sampled VmRSS)", (hwm / 1024) + " MB / " + (maxRss / 1024) + " MB");
			res.put("surveys completed (incl. " + (completed - all.stream().filter(w -> w.completed).count()) + " in warm-up and idle)", completed);
			res.put("responses stored (db-check)", check.figure("EIT", "stored"));
			res.put("counter n / recount n", check.figure("EIT", "counterN") + " / " + check.figure("EIT", "recountN"));
			res.put("acknowledged answers lost / stale-button hints", rolledBack + " / " + stale);
			res.put("acknowledged events in the window / never replied to", replies.acknowledged() + " / " + replies.lost());
			res.put("second replies to one token", line.duplicateReplies.get());
			res.put("db-check", check.ok() ? "OK" : "FAILED: " + check.problems());
			res.check("no HTTP errors", p.stats.errors() == 0);
			res.check("≥ " + (long) o.rate + " events/s", ackedInWindow / window >= o.rate * 0.99);
			res.check("p99 ack ≤ 50 ms", p99 <= 50);
			res.check("p99 webhook-to-reply ≤ 300 ms", replies.sorted().length > 0 && replies.p99() <= 300);
			res.check("bot RSS ≤ 512 MB", hwm > 0 && hwm <= 512 * 1024);
			res.check("0 lost: every acknowledged event got its reply", replies.acknowledged() > 0 && replies.lost() == 0);
			res.check("0 lost: every completed survey stored (stored = completed)", check.figure("EIT", "stored") == completed);
			res.check("0 acknowledged answers asked again", rolledBack == 0);
			res.check("counters = recount = answers given, schema, no userId (db-check)", check.ok());
			res.check("no duplicate replies", line.duplicateReplies.get() == 0);
			res.check("every started survey finished", everyone.stream().allMatch(w -> w.completed));
			res.check("still healthy", healthy);
			res.put("wall time", String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - started) / 1e9));
			return res;
		}

		/**
		 * Capacity: a fixed number of people tapping without pause (closed loop) for the duration:
		 * the throughput the bot reaches on this machine, and the latency at that throughput.
		 */
		static Result capacity(Options o) throws Exception {
			Result res = new Result("capacity (" + o.people + " people tapping without pause)");
			LineStub line = new LineStub(o.lineLatency);
			Path db = freshDb(o, "capacity");
			Bot bot = new Bot(o, "capacity", Bot.embedded(db, line)).start();
			if (!bot.awaitHealthy(Duration.ofSeconds(120))) {
				res.check("bot started", false);
				return res;
			}
			Sender sender = new Sender(bot.url("/callback"));
			Platform warm = new Platform(sender, line, 1);
			warm.measuring = false;
			warm.thinkMin = 0;
			warm.thinkMax = 1;
			warm.drive(0, o.warmup, () -> warm.active.size() < o.people ? new Walker(warm, "EIT", "PKT", null) : null, false);
			warm.drive(0, 60, null, true);
			warm.stop();
			Platform p = new Platform(sender, line, 2_000_000);
			p.thinkMin = 0;
			p.thinkMax = 1;
			double botCpu0 = bot.cpuSeconds();
			double genCpu0 = Machine.cpuSeconds(ProcessHandle.current().pid());
			long t0 = System.nanoTime();
			p.drive(0, o.duration, () -> p.active.size() < o.people ? new Walker(p, "EIT", "PKT", null) : null, false);
			double window = (System.nanoTime() - t0) / 1e9;
			p.measuring = false;
			double botCpu = bot.cpuSeconds() - botCpu0;
			double genCpu = Machine.cpuSeconds(ProcessHandle.current().pid()) - genCpu0;
			long acked = p.stats.acked.get();
			p.drive(0, 120, null, true);
			Thread.sleep(500); // replies still on their way
			ReplyDelays replies = p.replyDelays();
			long hwm = bot.hwmKb();
			p.stop();
			bot.stop();
			line.stop();
			List<Walker> all = new ArrayList<>(p.finished);
			all.addAll(warm.finished);
			all.addAll(p.active);
			all.addAll(warm.active);
			Path expected = writeExpected(o.work.resolve("capacity-expected.txt"), all);
			DbCheck check = bot.dbCheck(List.of("--ita.embedded-mongo.file=" + db.toAbsolutePath()),
					List.of("--agency", "PKT", "--expect", expected.toAbsolutePath().toString(), "--forbid", USER_MARK));
			res.put("events/s acknowledged", String.format(Locale.ROOT, "%.0f", acked / window));
			res.put("ack latency", p.stats.latencies());
			res.put("webhook-to-reply (what a person feels)", replies.summary());
			res.put("acknowledged events / never replied to", replies.acknowledged() + " / " + replies.lost());
			res.put("HTTP statuses", p.stats.statusCounts());
			res.put("bot CPU / generator CPU", String.format(Locale.ROOT, "%.2f / %.2f cores", botCpu / window, genCpu / window));
			res.put("bot CPU per event", String.format(Locale.ROOT, "%.2f ms", acked == 0 ? 0 : botCpu * 1000 / acked));
			res.put("bot peak RSS", (hwm / 1024) + " MB");
			res.put("db-check", check.ok() ? "OK" : "FAILED: " + check.problems());
			res.check("no HTTP errors", p.stats.errors() == 0);
			res.check("p99 webhook-to-reply ≤ 300 ms", replies.sorted().length > 0 && replies.p99() <= 300);
			res.check("0 lost: every acknowledged event got its reply", replies.acknowledged() > 0 && replies.lost() == 0);
			res.check("db-check", check.ok());
			return res;
		}

		/**
		 * Crash: people mid-survey, the bot is killed with SIGKILL (repeatedly), started again on the
		 * same H2 file; events in flight at the kill are redelivered as LINE does; everyone finishes.
		 */
		static Result crash(Options o) throws Exception {
			Result res = new Result("crash (kill -9 with " + o.crashPeople + " people mid-survey, " + o.kills + " kills)");
			LineStub line = new LineStub(o.lineLatency);
			Path db = freshDb(o, "crash");
			List<String> props = Bot.embedded(db, line);
			Bot bot = new Bot(o, "crash", props).start();
			if (!bot.awaitHealthy(Duration.ofSeconds(120))) {
				res.check("bot started", false);
				return res;
			}
			Sender sender = new Sender(bot.url("/callback"));
			Platform p = new Platform(sender, line, 100_000);
			p.thinkMin = 100;
			p.thinkMax = 400;
			p.replyTimeoutNanos = TimeUnit.SECONDS.toNanos(3);
			List<Walker> people = new ArrayList<>();
			for (int i = 0; i < o.crashPeople; i++) {
				// a few staff members on the IIT among the citizens
				Walker w = i % 10 == 9 ? new Walker(p, "IIT", "PKT", "PKT2569") : new Walker(p, "EIT", "PKT", null);
				people.add(w);
			}
			java.util.Iterator<Walker> arrivals = people.iterator();
			Thread driver = new Thread(() -> p.drive(0, 600, () -> arrivals.hasNext() ? arrivals.next() : null, true), "crash-driver");
			driver.start();
			// complaints filed through the kills: every receipt code a person was shown must work afterwards
			Complainants complainants = new Complainants(line, sender);
			complainants.start(4);
			List<String> kills = new ArrayList<>();
			long hwm = 0;
			for (int k = 0; k < o.kills; k++) {
				Thread.sleep(k == 0 ? 2500 : 4000);
				long mid = people.stream().filter(w -> !w.done && w.sentEvents > 1).count();
				long doneBefore = people.stream().filter(w -> w.done).count();
				hwm = Math.max(hwm, bot.hwmKb());
				bot.kill9();
				kills.add(mid + " mid-survey, " + doneBefore + " done");
				log("crash: killed the bot (" + kills.get(kills.size() - 1) + ")");
				Thread.sleep(500);
				bot = new Bot(o, "crash", props).start();
				sender.url = URI.create(bot.url("/callback"));
				if (!bot.awaitHealthy(Duration.ofSeconds(120))) {
					res.check("bot restarted", false);
					return res;
				}
			}
			driver.join(TimeUnit.MINUTES.toMillis(10));
			complainants.stop();
			List<String> codesNotFound = complainants.codesNotFound();
			// everyone who finished writes the start text once more: the bot must know they answered
			List<String> notRemembered = Collections.synchronizedList(new ArrayList<>());
			for (Walker w : people) {
				if (!w.completed) {
					continue;
				}
				String token = Events.token();
				CompletableFuture<Reply> r = new CompletableFuture<>();
				line.waiting.put(token, r::complete);
				String body = Events.body(Events.text(w.userId, Events.newId(), token, w.startText()));
				sender.postSync(body, Events.sign(body, CHANNEL_SECRET));
				Reply reply = r.get(10, TimeUnit.SECONDS);
				if (!reply.text().contains(ALREADY)) {
					notRemembered.add(w.tool);
				}
			}
			hwm = Math.max(hwm, bot.hwmKb());
			p.stop();
			bot.stop();
			line.stop();
			long completed = people.stream().filter(w -> w.completed).count();
			Map<String, Long> byTool = new TreeMap<>();
			people.stream().filter(w -> w.completed).forEach(w -> byTool.merge(w.tool, 1L, Long::sum));
			long rolledBack = people.stream().mapToLong(w -> w.rolledBack).sum();
			Path expected = writeExpected(o.work.resolve("crash-expected.txt"), people);
			DbCheck check = bot.dbCheck(List.of("--ita.embedded-mongo.file=" + db.toAbsolutePath()),
					List.of("--agency", "PKT", "--expect", expected.toAbsolutePath().toString(), "--forbid", USER_MARK));
			long stored = check.figure("EIT", "stored") + check.figure("IIT", "stored");
			res.put("kills", String.join("; ", kills));
			res.put("deliveries without an answer, redelivered", p.redeliveries.get());
			res.put("people who wrote again after a lost reply", people.stream().filter(w -> w.nudges > 0).count());
			res.put("surveys completed (EIT, IIT)", completed + " " + byTool);
			res.put("responses stored (EIT + IIT)", stored);
			res.put("counter n / recount n (EIT)", check.figure("EIT", "counterN") + " / " + check.figure("EIT", "recountN"));
			res.put("acknowledged answers lost (asked again after a restart)", rolledBack);
			res.put("completed people not recognised afterwards", notRemembered.size());
			res.put("complaints: receipt codes shown / not found after the kills / attempts cut by a kill",
					complainants.codes.size() + " / " + codesNotFound.size() + " / " + complainants.cut.get());
			res.put("sessions left", check.sessions());
			res.put("bot peak RSS", (hwm / 1024) + " MB");
			res.put("db-check", check.ok() ? "OK" : "FAILED: " + check.problems());
			res.check("everyone finished", completed == o.crashPeople);
			res.check("0 answers lost: stored = completed", stored == completed);
			res.check("0 double-counted: counters = recount = answers given (db-check)", check.ok());
			res.check("no acknowledged answer lost", rolledBack == 0);
			res.check("every finished person recognised after restart", notRemembered.isEmpty());
			res.check("complaints filed through the kills (receipt codes shown)", !complainants.codes.isEmpty());
			res.check("every receipt code shown works after the kills (ติดตาม CODE)", codesNotFound.isEmpty());
			return res;
		}

		/**
		 * Database outage: the bot on a separate mongo-java-server process (SPRING_MONGODB_URI); the
		 * database is stopped mid-run and started again; the webhook must answer non-2xx while it is
		 * gone (LINE redelivers), and nothing acknowledged may be lost.
		 */
		static Result outage(Options o) throws Exception {
			Result res = new Result("database outage (separate database process stopped for 8 s)");
			Path lib = DbServer.libs(o);
			Path db = freshDb(o, "outage");
			int dbPort = Machine.freePort();
			DbServer server = DbServer.start(o, lib, dbPort, db);
			LineStub line = new LineStub(o.lineLatency);
			String uri = "mongodb://127.0.0.1:" + dbPort + "/ita";
			List<String> props = List.of("--spring.mongodb.uri=" + uri, "--line.bot.api-end-point=" + line.url(),
					"--line.bot.blob-end-point=" + line.url());
			Bot bot = new Bot(o, "outage", props).start();
			if (!bot.awaitHealthy(Duration.ofSeconds(120))) {
				res.check("bot started", false);
				return res;
			}
			Sender sender = new Sender(bot.url("/callback"));
			Platform p = new Platform(sender, line, 200_000);
			p.thinkMin = 500;
			p.thinkMax = 2000;
			p.replyTimeoutNanos = TimeUnit.SECONDS.toNanos(15);
			double rate = Math.min(100, o.rate);
			Stats beforeStats = p.stats;
			p.drive(rate, 8, () -> new Walker(p, "EIT", "PKT", null), false);
			Stats duringStats = new Stats(200_000);
			server.stop();
			p.stats = duringStats; // deliveries sent from now on, whenever they are answered
			log("outage: database stopped");
			long t = System.nanoTime();
			p.drive(rate, 8, () -> new Walker(p, "EIT", "PKT", null), false);
			boolean healthDown = !bot.healthy(HttpClient.newHttpClient());
			Stats afterStats = new Stats(200_000);
			p.stats = afterStats;
			server = DbServer.start(o, lib, dbPort, db);
			log("outage: database back after " + Math.round((System.nanoTime() - t) / 1e9) + " s");
			p.drive(rate, 10, () -> new Walker(p, "EIT", "PKT", null), false);
			p.thinkMin = 0;
			p.thinkMax = 100;
			p.drive(0, 180, null, true);
			Map<Integer, AtomicLong> before = snapshot(beforeStats.statuses);
			Map<Integer, AtomicLong> during = snapshot(duringStats.statuses);
			Map<Integer, AtomicLong> after = snapshot(afterStats.statuses);
			boolean healthy = bot.healthy(HttpClient.newHttpClient());
			p.stop();
			bot.stop();
			line.stop();
			List<Walker> all = new ArrayList<>(p.finished);
			all.addAll(p.active);
			long completed = all.stream().filter(w -> w.completed).count();
			long rolledBack = all.stream().mapToLong(w -> w.rolledBack).sum();
			Path expected = writeExpected(o.work.resolve("outage-expected.txt"), all);
			DbCheck check = bot.dbCheck(List.of("--spring.mongodb.uri=" + uri),
					List.of("--agency", "PKT", "--expect", expected.toAbsolutePath().toString(), "--forbid", USER_MARK));
			server.stop();
			long okDuring = during.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300).mapToLong(e -> e.getValue().get()).sum();
			long fiveXxOther = during.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503).mapToLong(e -> e.getValue().get()).sum();
			res.put("database stopped with", "SIGTERM (it closes its H2 file cleanly, as MongoDB's journal keeps acknowledged writes)");
			res.put("statuses of deliveries sent before the outage", new TreeMap<>(before).toString());
			res.put("statuses of deliveries sent while the database was down", new TreeMap<>(during).toString().replace("-1=", "no answer="));
			res.put("answer time while down", duringStats.latencies());
			res.put("statuses of deliveries sent after it came back (incl. redeliveries)", new TreeMap<>(after).toString().replace("-1=", "no answer="));
			res.put("redeliveries (LINE's retries of non-2xx)", p.redeliveries.get());
			res.put("redeliveries given up", p.gaveUp.get());
			res.put("health while down", healthDown ? "DOWN" : "UP");
			res.put("surveys completed", completed);
			res.put("responses stored", check.figure("EIT", "stored"));
			res.put("counter n / recount n", check.figure("EIT", "counterN") + " / " + check.figure("EIT", "recountN"));
			res.put("acknowledged answers lost", rolledBack);
			res.put("db-check", check.ok() ? "OK" : "FAILED: " + check.problems());
			res.check("no 2xx for deliveries sent while the database was down", okDuring == 0);
			res.check("503 (not 500, not silence) while down", fiveXxOther == 0 && during.containsKey(503) && !during.containsKey(-1));
			res.check("answered within LINE's 2 s while down", duringStats.maxNanos.get() <= 2_000_000_000L);
			res.check("every survey finished after recovery", all.stream().allMatch(w -> w.completed));
			res.check("stored = completed", check.figure("EIT", "stored") == completed);
			res.check("no acknowledged answer lost", rolledBack == 0);
			res.check("counters = recount = answers given (db-check)", check.ok());
			res.check("healthy after recovery", healthy);
			res.notes.add("Behaviour: the webhook answers 503 while the database is unreachable, so LINE redelivers the events"
					+ " (webhook redelivery on); an event is acknowledged only once it is durably in the inbox.");
			return res;
		}

		static Map<Integer, AtomicLong> snapshot(Map<Integer, AtomicLong> m) {
			Map<Integer, AtomicLong> copy = new TreeMap<>();
			m.forEach((k, v) -> copy.put(k, new AtomicLong(v.get())));
			return copy;
		}

		static Map<Integer, AtomicLong> diff(Map<Integer, AtomicLong> now, Map<Integer, AtomicLong> before) {
			Map<Integer, AtomicLong> d = new TreeMap<>();
			now.forEach((k, v) -> {
				long x = v.get() - (before.containsKey(k) ? before.get(k).get() : 0);
				if (x != 0) {
					d.put(k, new AtomicLong(x));
				}
			});
			return d;
		}

		/** Fuzz: random and malformed input of every kind, with honest people completing the EIT among it. */
		static Result fuzz(Options o) throws Exception {
			Result res = new Result("fuzz (" + o.fuzz + " random and malformed inputs)");
			LineStub line = new LineStub(0);
			Path db = freshDb(o, "fuzz");
			Bot bot = new Bot(o, "fuzz", Bot.embedded(db, line)).start();
			if (!bot.awaitHealthy(Duration.ofSeconds(120))) {
				res.check("bot started", false);
				return res;
			}
			Sender sender = new Sender(bot.url("/callback"));
			// honest people, some of whom fumble (junk, forged buttons) on the way
			Platform p = new Platform(sender, line, 100_000);
			p.thinkMin = 50;
			p.thinkMax = 300;
			List<Walker> honest = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				Walker w = i % 4 == 3 ? new Walker(p, "IIT", "PKT", "PKT2569") : new Walker(p, "EIT", "PKT", null);
				for (int k = 0; k < 6; k++) {
					w.forgeries.add(Fuzz.forgedPostback(ThreadLocalRandom.current()));
				}
				honest.add(w);
			}
			java.util.Iterator<Walker> arrivals = honest.iterator();
			Thread driver = new Thread(() -> p.drive(0, 300, () -> arrivals.hasNext() ? arrivals.next() : null, true), "honest");
			driver.start();
			Fuzz fuzz = new Fuzz(sender, line);
			Map<String, Map<Integer, Long>> byKind = fuzz.run(o.fuzz);
			driver.join(TimeUnit.MINUTES.toMillis(5));
			boolean healthy = bot.healthy(HttpClient.newHttpClient());
			long hwm = bot.hwmKb();
			p.stop();
			bot.stop();
			line.stop();
			long completed = honest.stream().filter(w -> w.completed).count();
			long forgedAccepted = honest.stream().mapToLong(w -> w.forgedAccepted).sum();
			long forgedSent = honest.stream().mapToLong(w -> w.forgedSent).sum();
			Path expected = writeExpected(o.work.resolve("fuzz-expected.txt"), honest);
			DbCheck check = bot.dbCheck(List.of("--ita.embedded-mongo.file=" + db.toAbsolutePath()),
					List.of("--agency", "PKT", "--expect", expected.toAbsolutePath().toString(), "--forbid", USER_MARK));
			long fiveXx = 0;
			for (Map.Entry<String, Map<Integer, Long>> e : byKind.entrySet()) {
				res.put("statuses: " + e.getKey(), new TreeMap<>(e.getValue()).toString().replace("-1=", "no answer="));
				fiveXx += e.getValue().entrySet().stream().filter(s -> s.getKey() >= 500 || s.getKey() < 0).mapToLong(Map.Entry::getValue).sum();
			}
			res.put("inputs sent", fuzz.sent.get());
			res.put("honest people completing among the junk", completed + " of " + honest.size());
			res.put("forged taps by them / recorded", forgedSent + " / " + forgedAccepted);
			res.put("responses stored", check.figure("EIT", "stored") + check.figure("IIT", "stored"));
			res.put("bot peak RSS", (hwm / 1024) + " MB");
			res.put("db-check (schema of every response, counters, no userId)", check.ok() ? "OK" : "FAILED: " + check.problems());
			res.check("0 HTTP 5xx (or no answer)", fiveXx == 0);
			res.check("0 schema violations, counters = recount = honest answers (db-check)", check.ok());
			res.check("forged taps recorded: 0", forgedAccepted == 0);
			res.check("honest people all completed", completed == honest.size());
			res.check("still healthy (/actuator/health UP)", healthy);
			return res;
		}

		/**
		 * Security: IIT without the access code, forged postbacks, and probes of features that other
		 * issues add (staff commands, receipt codes): a list of probes, each an input and what must
		 * never come back.
		 */
		static Result security(Options o) throws Exception {
			Result res = new Result("security");
			LineStub line = new LineStub(0);
			Path db = freshDb(o, "security");
			Bot bot = new Bot(o, "security", Bot.embedded(db, line)).start();
			if (!bot.awaitHealthy(Duration.ofSeconds(120))) {
				res.check("bot started", false);
				return res;
			}
			Sender sender = new Sender(bot.url("/callback"));
			Chat chat = new Chat(sender, line);
			for (Probe probe : Probe.LIST) {
				ProbeResult r = probe.run(chat, o);
				String label = probe.name() + (probe.pendingIssue() == null ? "" : " (pending issue " + probe.pendingIssue() + ")");
				res.put(label, r.describe());
				res.check(label + ": nothing revealed", r.revealed() == 0 && r.fiveXx() == 0);
			}
			// forged postbacks while answering: recorded never
			Platform p = new Platform(sender, line, 100_000);
			p.thinkMin = 0;
			p.thinkMax = 30;
			List<Walker> people = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				Walker w = new Walker(p, "EIT", "PKT", null);
				for (int k = 0; k < 25; k++) {
					w.forgeries.add(Fuzz.forgedPostback(ThreadLocalRandom.current()));
				}
				people.add(w);
			}
			java.util.Iterator<Walker> arrivals = people.iterator();
			p.drive(0, 300, () -> arrivals.hasNext() ? arrivals.next() : null, true);
			p.stop();
			bot.stop();
			line.stop();
			long forgedSent = people.stream().mapToLong(w -> w.forgedSent).sum();
			long forgedAccepted = people.stream().mapToLong(w -> w.forgedAccepted).sum();
			Path expected = writeExpected(o.work.resolve("security-expected.txt"), people);
			DbCheck check = bot.dbCheck(List.of("--ita.embedded-mongo.file=" + db.toAbsolutePath()),
					List.of("--agency", "PKT", "--expect", expected.toAbsolutePath().toString(), "--forbid", USER_MARK));
			res.put("forged postbacks during 20 EIT surveys (other items, agencies, forms, values)", forgedSent + " sent, " + forgedAccepted + " recorded");
			res.put("IIT responses stored", check.figure("IIT", "stored"));
			res.put("sessions left", check.sessions());
			res.put("db-check", check.ok() ? "OK" : "FAILED: " + check.problems());
			res.check("no forged postback recorded", forgedAccepted == 0);
			res.check("no IIT response without the code", check.figure("IIT", "stored") == 0);
			res.check("counters = recount = honest answers only (db-check)", check.ok());
			return res;
		}
	}

	/** A plain conversation helper: send one event, wait for its reply. */
	static final class Chat {

		final Sender sender;

		final LineStub line;

		final AtomicLong fiveXx = new AtomicLong();

		Chat(Sender sender, LineStub line) {
			this.sender = sender;
			this.line = line;
		}

		Reply say(String userId, String text) {
			return send(userId, true, text);
		}

		Reply tap(String userId, String data) {
			return send(userId, false, data);
		}

		Reply send(String userId, boolean text, String content) {
			String token = Events.token();
			CompletableFuture<Reply> r = new CompletableFuture<>();
			line.waiting.put(token, r::complete);
			String id = Events.newId();
			String body = Events.body(text ? Events.text(userId, id, token, content) : Events.postback(userId, id, token, content));
			Ack ack = sender.postSync(body, Events.sign(body, CHANNEL_SECRET));
			if (ack.status() >= 500 || ack.status() < 0) {
				fiveXx.incrementAndGet();
			}
			try {
				return r.get(10, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				line.waiting.remove(token);
				return new Reply(token, "", List.of(), 0);
			}
		}
	}

	record ProbeResult(long inputs, long revealed, long fiveXx, String detail) {

		String describe() {
			return inputs + " inputs, " + revealed + " revealing replies, " + fiveXx + " 5xx" + (detail.isEmpty() ? "" : "; " + detail);
		}
	}

	/**
	 * One security probe: a series of inputs and a pattern no reply may match. New features add
	 * theirs here (issue 5: staff commands; issue 6: complaint receipt codes).
	 */
	record Probe(String name, String pendingIssue, ProbeBody body) {

		interface ProbeBody {
			ProbeResult run(Chat chat, Options o);
		}

		ProbeResult run(Chat chat, Options o) {
			return body.run(chat, o);
		}

		/** Any item of the IIT shown ("ข้อ 1/51") means the form was opened. */
		static final Pattern IIT_OPENED = Pattern.compile("ข้อ \\d+/51");

		/** A score with two decimals or a level: what the staff score commands show. */
		static final Pattern SCORE = Pattern.compile("\\b\\d{1,3}\\.\\d{2}\\b|ระดับ\\s*[A-F]\\b|คะแนน\\s*ITA");

		/** What a complaint status would show. */
		static final Pattern COMPLAINT = Pattern.compile("สถานะ|ผลการดำเนินการ|เรื่องร้องเรียนของท่าน");

		static final List<Probe> LIST = List.of(
				new Probe("IIT without the access code: 200 people, forged buttons and guesses", null, Probe::iitWithoutCode),
				new Probe("IIT access code guessed in order PKT0000, PKT0001... (one person)", null, Probe::iitCodeGuessing),
				new Probe("staff score commands from non-staff", null, (chat, o) -> words(chat, List.of("คะแนน", "คะแนน PKT", "score",
						"SCORE PKT", "ผลคะแนน", "staff", "เจ้าหน้าที่", "รายงาน PKT", "report PKT", "dashboard", "OIT PKT", "oit o1 pass"), 20, SCORE)),
				new Probe("complaint receipt codes guessed at random", null, Probe::receiptGuessing));

		static ProbeResult words(Chat chat, List<String> inputs, int people, Pattern forbidden) {
			long n = 0;
			long revealed = 0;
			for (int i = 0; i < people; i++) {
				String user = Walker.newUserId();
				for (String in : inputs) {
					Reply r = chat.say(user, in);
					n++;
					if (forbidden.matcher(r.text()).find()) {
						revealed++;
					}
				}
			}
			return new ProbeResult(n, revealed, chat.fiveXx.getAndSet(0), "");
		}

		static ProbeResult iitWithoutCode(Chat chat, Options o) {
			long n = 0;
			long revealed = 0;
			ThreadLocalRandom rnd = ThreadLocalRandom.current();
			for (int i = 0; i < 200; i++) {
				String user = Walker.newUserId();
				List<Reply> replies = new ArrayList<>();
				replies.add(chat.say(user, "IIT PKT"));
				replies.add(chat.tap(user, "a:IIT:PKT:i1:" + (1 + rnd.nextInt(4))));
				replies.add(chat.tap(user, "a:IIT:PKT:i1.1:4"));
				replies.add(chat.tap(user, "nav:submit"));
				replies.add(chat.tap(user, "nav:resume"));
				replies.add(chat.tap(user, "survey:start:IIT:PKT"));
				replies.add(chat.say(user, "IIT PKT " + Long.toHexString(rnd.nextLong())));
				replies.add(chat.say(user, "ย้อนกลับ"));
				replies.add(chat.say(user, "IIT pkt"));
				replies.add(chat.say(user, "PKT"));
				replies.add(chat.say(user, " "));
				replies.add(chat.say(user, "pkt2570"));
				n += replies.size();
				revealed += replies.stream().filter(r -> IIT_OPENED.matcher(r.text()).find()).count();
			}
			return new ProbeResult(n, revealed, chat.fiveXx.getAndSet(0), "");
		}

		/**
		 * One person tries the codes of a guessable pattern in order (the default code is PKT2569),
		 * starting again whenever a start is dropped after five wrong codes.
		 */
		static ProbeResult iitCodeGuessing(Chat chat, Options o) {
			String user = Walker.newUserId();
			long revealed = 0;
			long n = 0;
			for (int i = 0; i < o.guesses && revealed == 0; i++) {
				Reply r = chat.say(user, String.format("IIT PKT PKT%04d", i % 10_000));
				n++;
				if (IIT_OPENED.matcher(r.text()).find()) {
					revealed++;
				}
			}
			return new ProbeResult(n, revealed, chat.fiveXx.getAndSet(0), revealed > 0 ? "the code was found after " + n + " guesses" : "");
		}

		static ProbeResult receiptGuessing(Chat chat, Options o) {
			long revealed = 0;
			ThreadLocalRandom rnd = ThreadLocalRandom.current();
			int guesses = o.guesses;
			String user = Walker.newUserId();
			for (int i = 0; i < guesses; i++) {
				if (i % 100 == 0) {
					user = Walker.newUserId();
				}
				String code = Long.toString(rnd.nextLong(36L * 36 * 36 * 36 * 36 * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
				Reply r = chat.say(user, (i % 2 == 0 ? "ติดตาม " : "track ") + code);
				if (COMPLAINT.matcher(r.text()).find()) {
					revealed++;
				}
			}
			return new ProbeResult(guesses, revealed, chat.fiveXx.getAndSet(0), "");
		}
	}

	/** Random and malformed webhook input, by kind. */
	static final class Fuzz {

		final Sender sender;

		final LineStub line;

		final AtomicLong sent = new AtomicLong();

		final Map<String, Map<Integer, Long>> statuses = new ConcurrentHashMap<>();

		final List<String> users = new ArrayList<>();

		static final String[] EVENT_TYPES = { "message", "follow", "unfollow", "join", "leave", "postback", "beacon",
				"accountLink", "memberJoined", "memberLeft", "unsend", "videoPlayComplete", "things", "module", "activated",
				"deactivated", "botSuspended", "botResumed", "membership", "somethingNew" };

		static final String[] MESSAGE_TYPES = { "text", "image", "video", "audio", "file", "location", "sticker", "imagemap",
				"unknownKind" };

		static final String[] EIT_ITEMS = { "e1", "e1.1", "e1.5", "e2.3", "e4.1", "e4.3", "e5.1", "e5.4", "e9.3", "e10.4" };

		static final String[] IIT_ITEMS = { "i1", "i1.1", "i3.2", "i9.1", "i11.2", "i20.1", "i22.2" };

		Fuzz(Sender sender, LineStub line) {
			this.sender = sender;
			this.line = line;
			for (int i = 0; i < 60; i++) {
				users.add(Walker.newUserId());
			}
		}

		/** A postback an attacker could forge: other items, agencies, forms, values, shapes. */
		static String forgedPostback(ThreadLocalRandom r) {
			String item = r.nextBoolean() ? EIT_ITEMS[r.nextInt(EIT_ITEMS.length)] : IIT_ITEMS[r.nextInt(IIT_ITEMS.length)];
			String value = switch (r.nextInt(6)) {
				case 0 -> "yes";
				case 1 -> "no";
				case 2 -> "0";
				case 3 -> "99";
				default -> String.valueOf(1 + r.nextInt(4));
			};
			return switch (r.nextInt(12)) {
				case 0 -> "a:EIT:XYZ:" + item + ":" + value;
				case 1 -> "a:IIT:PKT:" + item + ":" + value;
				case 2 -> "a:OIT:PKT:o1:yes";
				case 3 -> "a:EIT:PKT:" + item + ":" + value + ":extra";
				case 4 -> "a:EIT:PKT:" + item;
				case 5 -> "a:EIT:PKT:../../" + item + ":" + value;
				case 6 -> "a:EIT:pkt:e99.9:" + value;
				case 7 -> "a:EIT:PKT:" + item + ":" + value + "\u0000";
				case 8 -> "survey:start:OIT:PKT";
				case 9 -> "survey:pick:" + "X".repeat(r.nextInt(1, 400));
				case 10 -> "a:EIT:PKT:e1.1:{\"$gt\":\"\"}";
				default -> "a:EIT:PKT:" + item + ":" + value;
			};
		}

		static String randomText(ThreadLocalRandom r, int max) {
			int len = r.nextInt(0, max + 1);
			StringBuilder sb = new StringBuilder(len);
			int[][] ranges = { { 0x20, 0x7e }, { 0x0e01, 0x0e5b }, { 0x1f300, 0x1faff }, { 0x00a0, 0x024f }, { 0x0000, 0x001f },
					{ 0x4e00, 0x4fff }, { 0xfe00, 0xfe0f }, { 0x200b, 0x200f } };
			while (sb.length() < len) {
				int[] range = ranges[r.nextInt(ranges.length)];
				sb.appendCodePoint(r.nextInt(range[0], range[1] + 1));
			}
			return sb.toString();
		}

		Map<String, Map<Integer, Long>> run(int count) throws Exception {
			ThreadLocalRandom r = ThreadLocalRandom.current();
			// some fuzz users have a survey open, so junk reaches live sessions
			for (int i = 0; i < users.size(); i++) {
				String u = users.get(i);
				post("setup", Events.body(Events.text(u, Events.newId(), Events.token(), i % 3 == 0 ? "IIT PKT" : "EIT PKT")), true);
			}
			Semaphore inFlight = new Semaphore(16);
			List<CompletableFuture<Void>> all = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String user = users.get(r.nextInt(users.size()));
				int kind = r.nextInt(100);
				inFlight.acquire();
				CompletableFuture<Void> f;
				if (kind < 20) {
					String text = r.nextInt(10) == 0 ? randomText(r, 6000) + "ข".repeat(r.nextInt(0, 200)) : randomText(r, 200);
					if (r.nextInt(20) == 0) {
						text = "😀".repeat(2600); // 5,200 characters of emoji (surrogate pairs)
					}
					f = post("random text", Events.body(Events.text(user, Events.newId(), Events.token(), text)), true);
				}
				else if (kind < 30) {
					String data = r.nextBoolean() ? randomText(r, 400) : Long.toHexString(r.nextLong()) + ":" + randomText(r, 20);
					f = post("unknown postback data", Events.body(Events.postback(user, Events.newId(), Events.token(), data)), true);
				}
				else if (kind < 45) {
					f = post("forged postbacks", Events.body(Events.postback(user, Events.newId(), Events.token(), forgedPostback(r))), true);
				}
				else if (kind < 65) {
					f = post("every event type", Events.body(anyEvent(r, user)), true);
				}
				else if (kind < 75) {
					f = post("broken JSON", brokenJson(r, user), true);
				}
				else if (kind < 85) {
					f = post("missing or wrong fields", Events.body(missingFields(r, user)), true);
				}
				else if (kind < 95) {
					String body = Events.body(Events.text(user, Events.newId(), Events.token(), "EIT PKT"));
					String sig = switch (r.nextInt(5)) {
						case 0 -> null;
						case 1 -> "";
						case 2 -> Events.sign(body, "another-channel-secret");
						case 3 -> Events.sign(body + " ", CHANNEL_SECRET);
						default -> Base64.getEncoder().encodeToString(randomText(r, 40).getBytes(StandardCharsets.UTF_8));
					};
					f = postRaw("wrong signatures", body.getBytes(StandardCharsets.UTF_8), sig, "application/json");
				}
				else {
					// several events in one delivery, some of them junk
					List<String> events = new ArrayList<>();
					for (int k = r.nextInt(1, 6); k > 0; k--) {
						events.add(r.nextBoolean() ? anyEvent(r, users.get(r.nextInt(users.size())))
								: Events.postback(user, Events.newId(), Events.token(), forgedPostback(r)));
					}
					f = post("batches of events", Events.body(events.toArray(String[]::new)), true);
				}
				all.add(f.whenComplete((v, ex) -> inFlight.release()));
			}
			CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
			return statuses;
		}

		CompletableFuture<Void> post(String kind, String body, boolean signed) {
			return postRaw(kind, body.getBytes(StandardCharsets.UTF_8), signed ? sign(body) : null, "application/json; charset=UTF-8");
		}

		static String sign(String body) {
			return Events.sign(body, CHANNEL_SECRET);
		}

		CompletableFuture<Void> postRaw(String kind, byte[] body, String signature, String contentType) {
			sent.incrementAndGet();
			return sender.post(body, signature, contentType).thenAccept(a -> {
				statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).merge(a.status(), 1L, Long::sum);
				if (a.status() >= 500 || a.status() < 0) {
					log("fuzz: " + kind + " got " + a.status() + ": " + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
				}
			});
		}

		static String source(ThreadLocalRandom r, String user) {
			return switch (r.nextInt(4)) {
				case 0 -> "{\"type\":\"group\",\"groupId\":\"Cdeadbeef\",\"userId\":" + Json.quote(user) + "}";
				case 1 -> "{\"type\":\"room\",\"roomId\":\"Rdeadbeef\"}";
				default -> "{\"type\":\"user\",\"userId\":" + Json.quote(user) + "}";
			};
		}

		static String anyEvent(ThreadLocalRandom r, String user) {
			String type = EVENT_TYPES[r.nextInt(EVENT_TYPES.length)];
			String head = "{\"type\":\"" + type + "\",\"mode\":\"" + (r.nextInt(10) == 0 ? "standby" : "active") + "\",\"timestamp\":"
					+ System.currentTimeMillis() + ",\"source\":" + source(r, user) + ",\"webhookEventId\":\"" + Events.newId()
					+ "\",\"deliveryContext\":{\"isRedelivery\":" + r.nextBoolean() + "},\"replyToken\":\"" + Events.token() + "\"";
			String id = String.valueOf(Events.SEQ.incrementAndGet());
			String rest = switch (type) {
				case "message" -> {
					String mt = MESSAGE_TYPES[r.nextInt(MESSAGE_TYPES.length)];
					yield ",\"message\":" + switch (mt) {
						case "text" -> "{\"type\":\"text\",\"id\":\"" + id + "\",\"quoteToken\":\"q\",\"text\":" + Json.quote(randomText(r, 50))
								+ ",\"emojis\":[{\"index\":0,\"length\":6,\"productId\":\"5ac1bfd5040ab15980c9b435\",\"emojiId\":\"001\"}]"
								+ ",\"mention\":{\"mentionees\":[{\"index\":0,\"length\":4,\"type\":\"all\"}]}}";
						case "image" -> "{\"type\":\"image\",\"id\":\"" + id + "\",\"quoteToken\":\"q\",\"contentProvider\":{\"type\":\"line\"},\"imageSet\":{\"id\":\"s\",\"index\":1,\"total\":2}}";
						case "video" -> "{\"type\":\"video\",\"id\":\"" + id + "\",\"quoteToken\":\"q\",\"duration\":1000,\"contentProvider\":{\"type\":\"external\",\"originalContentUrl\":\"https://example.com/v.mp4\"}}";
						case "audio" -> "{\"type\":\"audio\",\"id\":\"" + id + "\",\"duration\":1000,\"contentProvider\":{\"type\":\"line\"}}";
						case "file" -> "{\"type\":\"file\",\"id\":\"" + id + "\",\"fileName\":" + Json.quote(randomText(r, 30)) + ",\"fileSize\":2138}";
						case "location" -> "{\"type\":\"location\",\"id\":\"" + id + "\",\"title\":\"x\",\"address\":" + Json.quote(randomText(r, 40))
								+ ",\"latitude\":7.88,\"longitude\":98.39}";
						case "sticker" -> "{\"type\":\"sticker\",\"id\":\"" + id + "\",\"quoteToken\":\"q\",\"packageId\":\"446\",\"stickerId\":\"1988\",\"stickerResourceType\":\"ANIMATION_SOUND\",\"keywords\":[\"a\"]}";
						case "imagemap" -> "{\"type\":\"imagemap\",\"id\":\"" + id + "\"}";
						default -> "{\"type\":\"" + mt + "\",\"id\":\"" + id + "\",\"whatever\":[1,2,3]}";
					};
				}
				case "postback" -> ",\"postback\":{\"data\":" + Json.quote(r.nextBoolean() ? forgedPostback(r) : randomText(r, 100))
						+ (r.nextBoolean() ? ",\"params\":{\"datetime\":\"2026-11-24T10:00\"}" : "") + "}";
				case "beacon" -> ",\"beacon\":{\"hwid\":\"d41d8cd98f\",\"type\":\"enter\",\"dm\":" + Json.quote(randomText(r, 10)) + "}";
				case "accountLink" -> ",\"link\":{\"result\":\"ok\",\"nonce\":\"xxxxxxxxxxxxxxx\"}";
				case "memberJoined" -> ",\"joined\":{\"members\":[{\"type\":\"user\",\"userId\":" + Json.quote(user) + "}]}";
				case "memberLeft" -> ",\"left\":{\"members\":[{\"type\":\"user\",\"userId\":" + Json.quote(user) + "}]}";
				case "unsend" -> ",\"unsend\":{\"messageId\":\"" + id + "\"}";
				case "videoPlayComplete" -> ",\"videoPlayComplete\":{\"trackingId\":\"track-1\"}";
				case "things" -> ",\"things\":{\"deviceId\":\"t1\",\"type\":\"link\"}";
				case "module" -> ",\"module\":{\"type\":\"attached\",\"botId\":\"U1\",\"scopes\":[\"message:send\"]}";
				case "membership" -> ",\"membership\":{\"type\":\"joined\",\"membershipId\":3189}";
				case "follow" -> ",\"follow\":{\"isUnblocked\":" + r.nextBoolean() + "}";
				default -> "";
			};
			return head + rest + "}";
		}

		static String missingFields(ThreadLocalRandom r, String user) {
			String id = Events.newId();
			return switch (r.nextInt(14)) {
				case 0 -> "{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":1,\"webhookEventId\":\"" + id + "\",\"deliveryContext\":{\"isRedelivery\":false},\"replyToken\":\"t\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"EIT PKT\"}}";
				case 1 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"EIT PKT\"}}";
				case 2 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"" + Events.token() + "\",\"message\":{\"type\":\"text\",\"id\":\"1\"}}";
				case 3 -> "{\"type\":\"postback\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"" + Events.token() + "\"}";
				case 4 -> "{\"type\":\"postback\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"postback\":{}}";
				case 5 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\"},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"t\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"EIT PKT\"}}";
				case 6 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":\"\"},\"message\":null}";
				case 7 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"" + Events.token() + "\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":null}}";
				case 8 -> "{\"type\":\"message\",\"timestamp\":\"yesterday\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"x\"}}";
				case 9 -> "{\"type\":\"message\",\"source\":\"user\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"x\"}}";
				case 10 -> "{\"type\":\"postback\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"" + Events.token() + "\",\"postback\":{\"data\":" + Json.quote("a:EIT:PKT:e1.1:" + "9".repeat(400)) + "}}";
				case 11 -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":null,\"deliveryContext\":null,\"replyToken\":null,\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"ยกเลิก\"}}";
				case 12 -> "{}";
				default -> "{\"type\":\"message\",\"source\":{\"type\":\"user\",\"userId\":" + Json.quote(user) + "},\"webhookEventId\":\"" + id + "\",\"replyToken\":\"" + Events.token() + "\",\"message\":{\"type\":\"text\",\"id\":1,\"text\":[\"EIT\",\"PKT\"]}}";
			};
		}

		static String brokenJson(ThreadLocalRandom r, String user) {
			String good = Events.body(Events.text(user, Events.newId(), Events.token(), "EIT PKT"));
			return switch (r.nextInt(12)) {
				case 0 -> good.substring(0, r.nextInt(1, good.length() - 1));
				case 1 -> "";
				case 2 -> "null";
				case 3 -> "[]";
				case 4 -> "{\"destination\":\"x\",\"events\":null}";
				case 5 -> "{\"destination\":\"x\",\"events\":[null]}";
				case 6 -> "{\"destination\":\"x\",\"events\":{}}";
				case 7 -> "{\"destination\":\"x\",\"events\":[1,\"two\",[3]]}";
				case 8 -> "[".repeat(r.nextInt(100, 5000));
				case 9 -> good.replace("\"events\"", "\"events\" \"events\"");
				case 10 -> randomText(r, 500);
				default -> good + "garbage";
			};
		}
	}

	/** A separate mongo-java-server process (H2 file) for the outage scenario: bench/DbServer.java. */
	static final class DbServer {

		final Process process;

		private DbServer(Process process) {
			this.process = process;
		}

		/** The bot jar's libraries, unpacked once, give the database server its classpath. */
		static Path libs(Options o) throws IOException {
			Path lib = o.work.resolve("lib");
			Path marker = lib.resolve(".from-" + Files.getLastModifiedTime(o.jar).toMillis());
			if (Files.exists(marker)) {
				return lib;
			}
			Files.createDirectories(lib);
			try (ZipFile zip = new ZipFile(o.jar.toFile())) {
				Enumeration<? extends ZipEntry> entries = zip.entries();
				while (entries.hasMoreElements()) {
					ZipEntry e = entries.nextElement();
					String n = e.getName();
					if (n.startsWith("BOOT-INF/lib/") && n.endsWith(".jar") && (n.contains("mongo-java-server") || n.contains("/h2-")
							|| n.contains("netty") || n.contains("slf4j-api"))) {
						try (InputStream in = zip.getInputStream(e)) {
							Files.copy(in, lib.resolve(n.substring(n.lastIndexOf('/') + 1)), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
						}
					}
				}
			}
			Files.createFile(marker);
			return lib;
		}

		static DbServer start(Options o, Path lib, int port, Path file) throws IOException, InterruptedException {
			Path source = Path.of("bench", "DbServer.java");
			Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
					lib.toAbsolutePath() + "/*", source.toString(), String.valueOf(port), file.toAbsolutePath().toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(o.work.resolve("outage-db.log").toFile()))
				.start();
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (System.nanoTime() < end) {
				try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
					return new DbServer(p);
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
}
