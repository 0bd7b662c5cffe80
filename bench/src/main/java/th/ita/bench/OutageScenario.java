package th.ita.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static th.ita.bench.LoadBench.*;

/** The database process stopped under the running bot (MongoDB URI mode). */
final class OutageScenario {
	/**
	 * Database outage: the bot on a separate mongo-java-server process (SPRING_MONGODB_URI); the
	 * database is stopped mid-run and started again; the webhook must answer non-2xx while it is
	 * gone (LINE redelivers), and nothing acknowledged may be lost.
	 */
	static Result outage(Options o) throws Exception {
		Result res = new Result("database outage (separate database process stopped for 8 s)");
		Path db = freshDb(o, "outage");
		int dbPort = Machine.freePort();
		DbProcess server = DbProcess.start(o, dbPort, db);
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
		server = DbProcess.start(o, dbPort, db);
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
}
