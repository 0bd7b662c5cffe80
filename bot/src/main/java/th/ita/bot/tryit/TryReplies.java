package th.ita.bot.tryit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.ReplyCapture;

/**
 * Replies to the try-it page's reply tokens, kept instead of sent to LINE. Held in memory on
 * purpose: a token lives only while its own request runs on this instance (register, post the
 * webhook to this same instance, wait for the reply), so nothing here outlives a request.
 */
class TryReplies implements ReplyCapture {

	/** How long a reply may take: events may be handled just after the webhook's 200 (fast acknowledgement). */
	static final Duration WAIT = Duration.ofSeconds(5);

	private final Map<String, CompletableFuture<List<Message>>> replies = new ConcurrentHashMap<>();

	void expect(String replyToken) {
		replies.put(replyToken, new CompletableFuture<>());
	}

	@Override
	public boolean capture(String replyToken, List<Message> messages) {
		CompletableFuture<List<Message>> waiting = replies.get(replyToken);
		return waiting != null && waiting.complete(List.copyOf(messages));
	}

	/** The reply (waiting for it a moment), and forgets the token. */
	Optional<List<Message>> take(String replyToken) {
		CompletableFuture<List<Message>> waiting = replies.get(replyToken);
		if (waiting == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(waiting.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException | ExecutionException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		finally {
			replies.remove(replyToken);
		}
	}
}
