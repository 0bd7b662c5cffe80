package th.ita.bot.inbox;

import java.time.Instant;

import th.ita.bot.line.ChatInput;

/**
 * One webhook event as the inbox keeps it until handled: only what handling needs. A one-to-one
 * chat's entry holds the userId (to reply and to find the person's flow); a group's or room's
 * holds the group or room id only, never the speaker.
 */
record InboxEntry(String id, Source source, String userId, String chatId, Kind kind, String text, String messageId,
		String replyToken, Instant at, int attempts, String error) {

	enum Source {
		USER, GROUP, ROOM
	}

	/** What the person did; JOIN is the bot being added to a group or room. */
	enum Kind {
		TEXT, POSTBACK, IMAGE, OTHER, FOLLOW, JOIN
	}

	/** The key that keeps one chat's events in order: the person, or the group or room. */
	String laneKey() {
		return source == Source.USER ? userId : chatId;
	}

	boolean oneToOne() {
		return source == Source.USER;
	}

	ChatInput toChatInput() {
		return switch (kind) {
			case TEXT -> ChatInput.text(userId, text);
			case POSTBACK -> ChatInput.postback(userId, text);
			case IMAGE -> new ChatInput(userId, ChatInput.Kind.IMAGE, "", messageId);
			case FOLLOW -> new ChatInput(userId, ChatInput.Kind.FOLLOW, "", null);
			case OTHER, JOIN -> new ChatInput(userId, ChatInput.Kind.OTHER, "", null);
		};
	}

	InboxEntry withAttempts(int attempts, String error) {
		return new InboxEntry(id, source, userId, chatId, kind, text, messageId, replyToken, at, attempts, error);
	}
}
