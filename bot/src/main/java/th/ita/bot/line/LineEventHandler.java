package th.ita.bot.line;

import java.util.List;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.spring.boot.handler.annotation.EventMapping;
import com.linecorp.bot.spring.boot.handler.annotation.LineMessageHandler;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.ImageMessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;

import th.ita.survey.conversation.EventLedger;

/**
 * The only place that sees LINE webhook events (after the SDK has checked the signature). Each
 * event: skip if already handled (LINE redelivers), reduce to a {@link ChatInput}, route, record
 * the event id, reply. If the database fails, the request is marked so that
 * {@link WebhookFailureFilter} answers 503 and LINE redelivers instead of the answer being lost.
 */
@LineMessageHandler
public class LineEventHandler {

	private static final Logger log = LoggerFactory.getLogger(LineEventHandler.class);

	private final ChatRouter router;

	private final EventLedger ledger;

	private final ReplySender replies;

	private final OutageBreaker breaker;

	LineEventHandler(ChatRouter router, EventLedger ledger, ReplySender replies, OutageBreaker breaker) {
		this.router = router;
		this.ledger = ledger;
		this.replies = replies;
		this.breaker = breaker;
	}

	@EventMapping
	public void handle(Event event) {
		if (WebhookFailureFilter.failed()) {
			return; // the whole delivery comes again: no need to wait for the database once more
		}
		if (!breaker.allow()) {
			WebhookFailureFilter.markFailed(); // the database is out: 503 now, LINE redelivers later
			return;
		}
		if (WebhookFailureFilter.defer(event)) {
			return; // handled by EventLanes once the delivery is journaled and acknowledged
		}
		try {
			process(event);
			breaker.succeeded();
		}
		catch (RuntimeException ex) {
			if (ex instanceof DataAccessResourceFailureException) {
				breaker.failed();
			}
			WebhookFailureFilter.markFailed();
			// no userId or message text in the log: the type and the error only
			log.error("Webhook event {} failed: {}", event.getClass().getSimpleName(), ex.toString());
			log.debug("Webhook event failure", ex);
		}
	}

	/** Handles an acknowledged event (see {@link EventLanes}); throws when it should be tried again. */
	void handleAcknowledged(Event event) {
		process(event);
	}

	/**
	 * Handles an event again from {@link WebhookJournal} after an unclean stop: skipped when the
	 * database already has it, and no reply (the person may have had it; the token is stale).
	 */
	void replay(Event event) {
		process(event, true);
	}

	private void process(Event event) {
		process(event, false);
	}

	private void process(Event event, boolean replaying) {
		String userId = event.source() == null ? null : event.source().userId();
		if (userId == null || userId.isBlank()) {
			return; // group/room events without a user: the bot serves one-to-one chats
		}
		String eventId = event.webhookEventId();
		// only an event LINE marks as redelivered can have been handled before: the look-up is saved
		// for the rest (a duplicate handled at the same time is still caught by record below)
		if ((replaying || redelivered(event)) && ledger.seen(eventId)) {
			log.debug("Event already handled, skipped");
			return;
		}
		ChatInput input = toInput(event, userId);
		if (input == null) {
			ledger.record(eventId);
			return;
		}
		List<Message> reply = router.route(input);
		if (!ledger.record(eventId) || replaying) {
			return; // another instance handled the same delivery at the same time
		}
		replies.reply(replyToken(event), reply);
	}

	static boolean redelivered(Event event) {
		return event.deliveryContext() == null || !Boolean.FALSE.equals(event.deliveryContext().isRedelivery());
	}

	static ChatInput toInput(Event event, String userId) {
		if (event instanceof MessageEvent m) {
			if (m.message() instanceof TextMessageContent t) {
				return ChatInput.text(userId, t.text());
			}
			if (m.message() instanceof ImageMessageContent image) {
				return new ChatInput(userId, ChatInput.Kind.IMAGE, "", image.id());
			}
			return new ChatInput(userId, ChatInput.Kind.OTHER, "", null);
		}
		if (event instanceof PostbackEvent p) {
			return ChatInput.postback(userId, p.postback() == null ? "" : p.postback().data());
		}
		if (event instanceof FollowEvent) {
			return new ChatInput(userId, ChatInput.Kind.FOLLOW, "", null);
		}
		return null; // unfollow, read receipts, beacons...: nothing to answer
	}

	static String replyToken(Event event) {
		if (event instanceof MessageEvent m) {
			return m.replyToken();
		}
		if (event instanceof PostbackEvent p) {
			return p.replyToken();
		}
		if (event instanceof FollowEvent f) {
			return f.replyToken();
		}
		return null;
	}
}
