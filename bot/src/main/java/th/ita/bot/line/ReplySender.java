package th.ita.bot.line;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one reply path. Sends without waiting (the SDK's client is asynchronous), so the webhook is
 * acknowledged as soon as the state change is stored; at most 5 messages, as LINE allows. Replies
 * waiting for the LINE API are bounded: if it stalls, further replies are dropped (logged) rather
 * than queued until memory runs out; the state is stored, so the person's next message gets the
 * current question again.
 */
@Component
public class ReplySender {

	private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

	static final int MAX_MESSAGES = 5;

	private final MessagingApiClient client;

	private List<ReplyCapture> captures = List.of();

	private final Semaphore pending;

	private final AtomicLong dropped = new AtomicLong();

	public ReplySender(MessagingApiClient client, @Value("${ita.line.max-pending-replies:10000}") int maxPending) {
		this.client = client;
		this.pending = new Semaphore(maxPending);
	}

	@Autowired(required = false)
	void setCaptures(List<ReplyCapture> captures) {
		this.captures = List.copyOf(captures);
	}

	public void reply(String replyToken, List<Message> messages) {
		if (replyToken == null || messages.isEmpty()) {
			return;
		}
		List<Message> batch = messages.size() > MAX_MESSAGES ? messages.subList(0, MAX_MESSAGES) : messages;
		if (messages.size() > MAX_MESSAGES) {
			log.warn("Reply cut from {} to {} messages", messages.size(), MAX_MESSAGES);
		}
		for (ReplyCapture capture : captures) {
			if (capture.capture(replyToken, batch)) {
				return;
			}
		}
		if (!pending.tryAcquire()) {
			if (dropped.incrementAndGet() % 100 == 1) {
				log.warn("LINE API not keeping up: {} replies dropped so far", dropped.get());
			}
			return;
		}
		client.replyMessage(new ReplyMessageRequest(replyToken, batch, false)).whenComplete((result, error) -> {
			pending.release();
			if (error != null) {
				// the reply token is single-use and short-lived: nothing to retry; the person's next
				// message gets the current question again, since the state is already stored
				log.warn("Reply failed: {}", error.toString());
			}
		});
	}
}
