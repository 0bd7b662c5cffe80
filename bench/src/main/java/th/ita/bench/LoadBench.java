package th.ita.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Load, fault and bad-input benchmark of the ITA LINE bot. Build it and the bot with
 * {@code ./mvnw -B -Pbench -pl bot,bench -am package -DskipTests}, run it with
 * {@code java -jar bench/target/bench.jar [options]} from the repository root ({@code --help}:
 * the options, in {@link Options#USAGE}). It starts the bot jar itself (fresh H2 file per scenario
 * under --work), plays the LINE platform towards it (signed webhooks to 127.0.0.1, a local
 * stand-in of the Messaging API that receives the bot's replies), and simulated people who answer
 * the survey by tapping the buttons the bot actually offered. After each scenario the bot is
 * stopped and {@code java -jar ita-bot.jar db-check} compares the stored responses, the live
 * counters, a recount, and the answers the simulated people gave.
 */
public class LoadBench {

	/**
	 * The bot's JVM for these runs: a fixed 240 MB heap with the serial collector (two cores: no GC
	 * threads competing with the work), a young generation of half the heap with large survivor
	 * spaces (what lives a second or two, a session between taps, a page until the checkpoint, dies
	 * there instead of filling the old generation: full collections went from ~11 to ~1 a minute),
	 * a code cache of 128 MB reserved (with 48 MB the JIT kept flushing and recompiling: a quarter of
	 * the bot's CPU at 600 events/s went to the compiler two minutes in), capped metaspace, one netty buffer arena (the embedded server's). The
	 * environment adds MALLOC_ARENA_MAX=2 (glibc's per-thread arenas otherwise grow the RSS).
	 */
	static final String DEFAULT_JVM = "-Xms240m -Xmx240m -Xmn120m -XX:SurvivorRatio=4 -XX:TargetSurvivorRatio=90"
			+ " -XX:+UseSerialGC -XX:ReservedCodeCacheSize=128m -XX:MaxMetaspaceSize=128m -Xss512k"
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
				case "load" -> LoadScenarios.load(o, "load", 0.0);
				case "redelivery" -> LoadScenarios.load(o, "redelivery", 0.10);
				case "capacity" -> LoadScenarios.capacity(o);
				case "crash" -> CrashScenario.crash(o);
				case "outage" -> OutageScenario.outage(o);
				case "fuzz" -> AttackScenarios.fuzz(o);
				case "security" -> AttackScenarios.security(o);
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

	static java.util.concurrent.ThreadFactory daemon(String name) {
		AtomicInteger n = new AtomicInteger();
		return r -> {
			Thread t = new Thread(r, name + "-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		};
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

	static Path freshDb(Options o, String name) throws IOException {
		Path db = o.work.resolve(name + ".mv");
		Files.deleteIfExists(db);
		Files.deleteIfExists(o.work.resolve(name + "-bot.log"));
		return db;
	}
}
