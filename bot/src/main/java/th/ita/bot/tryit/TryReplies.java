package th.ita.bot.tryit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.ReplyCapture;

/**
 * Replies to the try-it page's reply tokens, kept instead of sent to LINE. Held in memory on
 * purpose: a token lives only while its own request runs on this instance (register, post the
 * webhook to this same instance, take the reply), so nothing here outlives a request.
 */
class TryReplies implements ReplyCapture {

	private static final List<Message> WAITING = List.of();

	private final Map<String, List<Message>> replies = new ConcurrentHashMap<>();

	void expect(String replyToken) {
		replies.put(replyToken, WAITING);
	}

	@Override
	public boolean capture(String replyToken, List<Message> messages) {
		return replies.replace(replyToken, List.copyOf(messages)) != null;
	}

	/** The reply, and forgets the token. */
	Optional<List<Message>> take(String replyToken) {
		List<Message> reply = replies.remove(replyToken);
		return reply == null || reply == WAITING ? Optional.empty() : Optional.of(reply);
	}
}
