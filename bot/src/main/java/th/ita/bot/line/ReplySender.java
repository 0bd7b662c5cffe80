package th.ita.bot.line;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reply path. Sends without waiting, at most {@code ita.line.concurrent-replies} at once,
 * at most 5 messages each, as LINE allows. Replies waiting for a free slot are bounded: if the LINE
 * API stalls, further replies are dropped (logged) rather than queued until memory runs out; the
 * state is stored, so the person's next message gets the current question again.
 */
public class ReplySender {

	private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

	static final int MAX_MESSAGES = 5;

	private final ReplyClient client;

	private final List<ReplyCapture> captures;

	private final Semaphore pending;

	private final Semaphore inFlight;

	private final Queue<byte[]> waiting = new ConcurrentLinkedQueue<>();

	private final AtomicLong dropped = new AtomicLong();

	ReplySender(ReplyClient client, List<ReplyCapture> captures, LineSettings settings) {
		this.client = client;
		this.captures = List.copyOf(captures);
		this.pending = new Semaphore(settings.maxPendingReplies());
		this.inFlight = new Semaphore(settings.concurrentReplies());
	}

	public void reply(String replyToken, List<Message> messages) {
		prepare(replyToken, messages).run();
	}

	/**
	 * A reply made ready (the body written now, on the caller's thread); running it sends it. For
	 * a reply that must wait for a commit: the waiting action is then only a hand-over.
	 */
	public Runnable prepare(String replyToken, List<Message> messages) {
		if (replyToken == null || messages.isEmpty()) {
			return () -> {
			};
		}
		List<Message> batch = messages.size() > MAX_MESSAGES ? messages.subList(0, MAX_MESSAGES) : messages;
		if (messages.size() > MAX_MESSAGES) {
			log.warn("Reply cut from {} to {} messages", messages.size(), MAX_MESSAGES);
		}
		for (ReplyCapture capture : captures) {
			if (capture.capture(replyToken, batch)) {
				return () -> {
				};
			}
		}
		byte[] body = client.body(new ReplyMessageRequest(replyToken, batch, false));
		return () -> send(body);
	}

	private void send(byte[] body) {
		if (!pending.tryAcquire()) {
			if (dropped.incrementAndGet() % 100 == 1) {
				log.warn("LINE API not keeping up: {} replies dropped so far", dropped.get());
			}
			return;
		}
		waiting.add(body);
		sendWhatFits();
	}

	private void sendWhatFits() {
		while (!waiting.isEmpty() && inFlight.tryAcquire()) {
			byte[] next = waiting.poll();
			if (next == null) {
				inFlight.release(); // another thread took it; the loop looks again
				continue;
			}
			client.send(next).whenComplete((status, error) -> {
				inFlight.release();
				pending.release();
				// the reply token is single-use and short-lived: nothing to retry; the person's next
				// message gets the current question again, since the state is already stored
				if (error != null) {
					log.warn("Reply failed: {}", error.getClass().getSimpleName());
				}
				else if (status / 100 != 2) {
					log.warn("Reply refused by LINE: HTTP {}", status);
				}
				sendWhatFits();
			});
		}
	}
}
