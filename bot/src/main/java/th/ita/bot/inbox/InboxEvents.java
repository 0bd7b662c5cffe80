package th.ita.bot.inbox;

import java.time.Instant;
import java.util.Optional;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.GroupSource;
import com.linecorp.bot.webhook.model.ImageMessageContent;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.ReplyEvent;
import com.linecorp.bot.webhook.model.RoomSource;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UserSource;

import th.ita.bot.inbox.InboxEntry.Kind;
import th.ita.bot.inbox.InboxEntry.Source;

/** Reduces a LINE webhook event to an inbox entry; empty for events the bot has nothing to say to. */
final class InboxEvents {

	private InboxEvents() {
	}

	static Optional<InboxEntry> reduce(Event event) {
		String id = event.webhookEventId();
		if (id == null || id.isBlank() || event.source() == null) {
			return Optional.empty();
		}
		Kind kind = kindOf(event);
		if (kind == null) {
			return Optional.empty(); // unfollow, read receipts, beacons, members leaving...: nothing to answer
		}
		String replyToken = event instanceof ReplyEvent r ? r.replyToken() : null;
		Instant at = event.timestamp() == null ? Instant.now() : Instant.ofEpochMilli(event.timestamp());
		if (event.source() instanceof GroupSource g) {
			// the speaker's userId and what they said are not kept: the bot answers groups with one fixed line
			return Optional.of(new InboxEntry(id, Source.GROUP, null, g.groupId(), groupKind(kind), null, null, replyToken,
					at, 0, null));
		}
		if (event.source() instanceof RoomSource r) {
			return Optional.of(new InboxEntry(id, Source.ROOM, null, r.roomId(), groupKind(kind), null, null, replyToken, at,
					0, null));
		}
		if (!(event.source() instanceof UserSource) || blank(event.source().userId()) || kind == Kind.JOIN) {
			return Optional.empty();
		}
		String text = null;
		String messageId = null;
		if (event instanceof MessageEvent m && m.message() instanceof TextMessageContent t) {
			text = t.text();
		}
		else if (event instanceof MessageEvent m && m.message() instanceof ImageMessageContent image) {
			messageId = image.id();
		}
		else if (event instanceof PostbackEvent p) {
			text = p.postback() == null ? "" : p.postback().data();
		}
		return Optional.of(new InboxEntry(id, Source.USER, event.source().userId(), null, kind, text, messageId, replyToken,
				at, 0, null));
	}

	private static Kind kindOf(Event event) {
		if (event instanceof MessageEvent m) {
			if (m.message() instanceof TextMessageContent) {
				return Kind.TEXT;
			}
			return m.message() instanceof ImageMessageContent ? Kind.IMAGE : Kind.OTHER;
		}
		if (event instanceof PostbackEvent) {
			return Kind.POSTBACK;
		}
		if (event instanceof FollowEvent) {
			return Kind.FOLLOW;
		}
		if (event instanceof JoinEvent) {
			return Kind.JOIN;
		}
		return null;
	}

	/** In a group only that the bot was added or someone spoke counts. */
	private static Kind groupKind(Kind kind) {
		return kind == Kind.JOIN ? Kind.JOIN : Kind.OTHER;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
