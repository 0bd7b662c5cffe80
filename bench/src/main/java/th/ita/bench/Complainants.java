package th.ita.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static th.ita.bench.LoadBench.*;

/**
 * People filing anonymous complaints while the bot is being killed: each walks the complaint
 * flow by the buttons the bot offered; a step without a reply (the bot was killed) abandons that
 * complaint. The receipt codes shown are checked afterwards with "ติดตาม CODE".
 */
final class Complainants {

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
