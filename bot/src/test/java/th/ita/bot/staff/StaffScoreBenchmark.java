package th.ita.bot.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.bot.ItaBotApplication;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.LineApiStub;
import th.ita.bot.support.Webhook;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.conversation.Answer;
import th.ita.survey.response.SurveyResponse;
import th.ita.survey.response.TallyStore;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.scores.ScoreConsistency;
import th.ita.survey.scores.VisibleScores;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffRegistration;

/**
 * Benchmark, not a test (surefire skips *Benchmark*): the whole bot with the embedded in-memory
 * database and a local LINE API stand-in. Stores 1,000 responses for one agency and 100,000 for
 * another (each counted into the live counters exactly as a submit does), then times the staff
 * {@code score} command end to end (signed webhook in, Flex reply out at the stand-in) and the
 * service call behind it, for both agencies in alternating rounds, and a full-scan recount of the
 * 100,000. Run with {@code bot/bench/staff-score.sh}.
 */
public final class StaffScoreBenchmark {

	static final int WARMUP = 50;

	static final int ROUNDS = 5;

	static final int PER_ROUND = 40;

	public static void main(String[] args) {
		int small = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
		int large = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		LineApiStub line = new LineApiStub();
		String secret = "bench-channel-secret";
		ConfigurableApplicationContext app = new SpringApplicationBuilder(ItaBotApplication.class).run("--server.port=0",
				"--ita.embedded-mongo.file=memory", "--line.bot.api-end-point=" + line.url(),
				"--line.bot.blob-end-point=" + line.url(), "--line.bot.channel-secret=" + secret,
				"--line.bot.channel-token=bench-token", "--ita.anonymity.secret=bench-anonymity-secret-0123456789",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off", "--ita.sweep-interval=PT1H");
		try {
			run(app, line, secret, small, large);
		}
		finally {
			app.close();
			line.shutdown();
		}
		System.exit(0);
	}

	static void run(ConfigurableApplicationContext app, LineApiStub line, String secret, int small, int large) {
		MongoTemplate mongo = app.getBean(MongoTemplate.class);
		Scheme scheme = app.getBean(Scheme.class);
		TallyStore tallies = app.getBean(TallyStore.class);
		LiveScores live = app.getBean(LiveScores.class);
		VisibleScores visible = app.getBean(VisibleScores.class);
		AgencyDirectory agencies = app.getBean(AgencyDirectory.class);
		int year = live.currentFiscalYear();
		String port = app.getEnvironment().getProperty("local.server.port");
		System.out.printf("machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

		String a = "BENCH1K";
		String b = "BENCH100K";
		for (String code : List.of(a, b)) {
			agencies.save(new Agency(code, "หน่วยงานทดสอบความเร็ว " + code, "x", 1200, 50_000));
			Random random = new Random(code.hashCode());
			for (Item item : scheme.form(Tool.OIT).items()) {
				live.judge(code, year, item.id(), random.nextInt(4) > 0, "https://example.go.th/" + item.id());
			}
		}
		load(mongo, scheme, tallies, a, year, small);
		load(mongo, scheme, tallies, b, year, large);

		// a province admin, registered through the chat like anyone else
		String code = app.getBean(StaffRegistration.class).issue(a, java.util.Set.of(StaffMember.Role.PROVINCE_ADMIN), StaffRegistration.DEFAULT_VALIDITY).code();
		ChatUser admin = new ChatUser("Ubenchmarkadmin00000000000000000", new Webhook("http://127.0.0.1:" + port + "/callback",
				secret), line);
		admin.says("ลงทะเบียน " + code);
		if (!admin.lastText().contains("ลงทะเบียนเรียบร้อย")) {
			throw new IllegalStateException("registration failed: " + admin.lastText());
		}
		System.out.println("score reply for " + b + ": " + admin.says("คะแนน " + b).get(0).get("altText").asText());

		for (int i = 0; i < WARMUP; i++) {
			admin.says("คะแนน " + a);
			admin.says("คะแนน " + b);
			visible.of(agencies.find(a).orElseThrow());
			visible.of(agencies.find(b).orElseThrow());
		}
		Webhook webhook = new Webhook("http://127.0.0.1:" + port + "/callback", secret);
		List<Long> chatA = new ArrayList<>();
		List<Long> chatB = new ArrayList<>();
		List<Long> ackA = new ArrayList<>();
		List<Long> ackB = new ArrayList<>();
		List<Long> serviceA = new ArrayList<>();
		List<Long> serviceB = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			chat(webhook, line, admin.userId(), "คะแนน " + a, ackA, chatA);
			chat(webhook, line, admin.userId(), "คะแนน " + b, ackB, chatB);
			time(() -> visible.of(agencies.find(a).orElseThrow()), serviceA);
			time(() -> visible.of(agencies.find(b).orElseThrow()), serviceB);
		}
		System.out.println();
		System.out.println("score command, " + chatA.size() + " calls each, signed webhook in -> Flex reply received by the LINE stand-in:");
		report(String.format("%,d responses", small), chatA);
		report(String.format("%,d responses", large), chatB);
		System.out.printf("  ratio live(%,d)/live(%,d), median: %.2f%n", large, small, median(chatB) / median(chatA));
		System.out.println("the same calls until the webhook is answered 200 (command handled, reply handed to the async client):");
		report(String.format("%,d responses", small), ackA);
		report(String.format("%,d responses", large), ackB);
		System.out.printf("  ratio live(%,d)/live(%,d), median: %.2f%n", large, small, median(ackB) / median(ackA));
		System.out.println("service call behind it (VisibleScores.of: counters + OIT + suppression), same counts:");
		report(String.format("%,d responses", small), serviceA);
		report(String.format("%,d responses", large), serviceB);
		System.out.printf("  ratio live(%,d)/live(%,d), median: %.2f%n", large, small, median(serviceB) / median(serviceA));

		System.out.printf("full-scan recount of %,d responses (LiveScores.recount), 3 runs:%n", large);
		ScoreCard counters = live.score(b, year);
		List<Long> recounts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long t0 = System.nanoTime();
			ScoreCard recount = live.recount(b, year);
			recounts.add(System.nanoTime() - t0);
			List<String> differences = ScoreConsistency.differences(counters, recount);
			if (!differences.isEmpty()) {
				throw new IllegalStateException("counters and recount differ: " + differences);
			}
		}
		System.out.printf("  %s ms (counters and recount agree exactly)%n",
				recounts.stream().map(n -> String.format("%,.0f", n / 1e6)).toList());
		System.out.printf("  ratio recount(%,d)/live(%,d), median: %.0f%n", large, large,
				median(recounts) / median(chatB));
	}

	/** Stores responses as submit does: counted into the live counters once, then kept as counted. */
	static void load(MongoTemplate mongo, Scheme scheme, TallyStore tallies, String agency, int year, int howMany) {
		Random random = new Random(year * 31L + howMany);
		long t0 = System.nanoTime();
		for (int r = 0; r < howMany; r++) {
			Tool tool = random.nextInt(10) < 4 ? Tool.IIT : Tool.EIT;
			List<Answer> answers = new ArrayList<>();
			for (Item item : scheme.form(tool).items()) {
				if (random.nextInt(20) > 0) {
					answers.add(new Answer(item.id(), item.scale().options().get(random.nextInt(item.scale().options().size())).value()));
				}
			}
			SurveyResponse response = new SurveyResponse(UUID.randomUUID().toString(), tool, agency, year, answers,
					LocalDate.now(), false);
			tallies.apply(response);
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("stored %,d responses for %s in %.1f s (%.2f ms per response counted and stored)%n", howMany,
				agency, seconds, seconds * 1000 / howMany);
	}

	/** One chat command: time until the webhook is answered, and until the reply reaches the LINE stand-in. */
	static void chat(Webhook webhook, LineApiStub line, String userId, String text, List<Long> acknowledged,
			List<Long> replied) {
		for (int i = 0; i < PER_ROUND; i++) {
			var event = Webhook.text(userId, text);
			long t0 = System.nanoTime();
			int status = webhook.post(event);
			long t1 = System.nanoTime();
			var reply = line.nextReply();
			long t2 = System.nanoTime();
			if (status != 200 || !"flex".equals(reply.get(0).path("type").asText())) {
				throw new IllegalStateException("unexpected answer " + status + " " + reply);
			}
			acknowledged.add(t1 - t0);
			replied.add(t2 - t0);
		}
	}

	static void time(Runnable call, List<Long> into) {
		for (int i = 0; i < PER_ROUND; i++) {
			long t0 = System.nanoTime();
			call.run();
			into.add(System.nanoTime() - t0);
		}
	}

	static double median(List<Long> nanos) {
		long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
	}

	static void report(String label, List<Long> nanos) {
		long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		double mean = Arrays.stream(s).average().orElse(0);
		System.out.printf("  %-18s median %6.2f ms   p95 %6.2f ms   mean %6.2f ms   max %6.2f ms%n", label,
				median(nanos) / 1e6, s[(int) Math.ceil(s.length * 0.95) - 1] / 1e6, mean / 1e6, s[s.length - 1] / 1e6);
	}
}
