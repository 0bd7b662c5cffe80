package th.ita.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static th.ita.bench.LoadBench.*;

/** A plain conversation helper: send one event, wait for its reply. */
final class Chat {

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
