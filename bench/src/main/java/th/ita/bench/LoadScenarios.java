package th.ita.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static th.ita.bench.LoadBench.*;

/** Open-loop load (and redelivery) and closed-loop capacity of the bot on this machine. */
final class LoadScenarios {
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
}
