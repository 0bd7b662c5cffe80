package th.ita.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

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
