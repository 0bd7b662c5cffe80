package th.ita.bot.line;

import java.util.List;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one reply path. Sends without waiting (the SDK's client is asynchronous), so the webhook is
 * acknowledged as soon as the state change is stored; at most 5 messages, as LINE allows.
 */
@Component
public class ReplySender {

	private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

	static final int MAX_MESSAGES = 5;

	private final MessagingApiClient client;

	private List<ReplyCapture> captures = List.of();

	public ReplySender(MessagingApiClient client) {
		this.client = client;
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
		client.replyMessage(new ReplyMessageRequest(replyToken, batch, false)).whenComplete((result, error) -> {
			if (error != null) {
				// the reply token is single-use and short-lived: nothing to retry; the person's next
				// message gets the current question again, since the state is already stored
				log.warn("Reply failed: {}", error.toString());
			}
		});
	}
}
