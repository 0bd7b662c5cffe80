package th.ita.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static th.ita.bench.LoadBench.*;

/** kill -9 of the bot with people mid-survey and complaints being filed; restart on the same file. */
final class CrashScenario {
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
}
