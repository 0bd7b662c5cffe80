package th.ita.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static th.ita.bench.LoadBench.*;

/** Random and malformed input (fuzz) and attempts to read what a person may not see (security). */
final class AttackScenarios {
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
