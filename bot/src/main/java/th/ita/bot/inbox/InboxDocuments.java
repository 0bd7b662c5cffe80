package th.ita.bot.inbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

import th.ita.bot.inbox.InboxEntry.Kind;
import th.ita.bot.inbox.InboxEntry.Source;

/** An inbox entry as a document, and back. */
final class InboxDocuments {

	private InboxDocuments() {
	}

	static Document toDocument(InboxEntry e) {
		Document d = new Document("_id", e.id()).append("state", InboxStore.PENDING)
			.append("source", e.source().name())
			.append("kind", e.kind().name())
			.append("at", Date.from(e.at()))
			.append("attempts", 0);
		putIfSet(d, "userId", e.userId());
		putIfSet(d, "chatId", e.chatId());
		putIfSet(d, "text", e.text());
		putIfSet(d, "messageId", e.messageId());
		putIfSet(d, "replyToken", e.replyToken());
		return d;
	}

	private static void putIfSet(Document d, String key, String value) {
		if (value != null) {
			d.append(key, value);
		}
	}

	static InboxEntry fromDocument(Document d) {
		String source = d.getString("source");
		String kind = d.getString("kind");
		Date at = d.getDate("at");
		Number attempts = (Number) d.get("attempts");
		return new InboxEntry(d.getString("_id"), source == null ? Source.USER : Source.valueOf(source),
				d.getString("userId"), d.getString("chatId"), kind == null ? Kind.OTHER : Kind.valueOf(kind),
				d.getString("text"), d.getString("messageId"), d.getString("replyToken"),
				at == null ? Instant.EPOCH : at.toInstant(), attempts == null ? 0 : attempts.intValue(),
				d.getString("error"));
	}

	/** What an entry holds about the person and the content: removed once it is handled or set aside. */
	static Document personal() {
		return new Document("userId", "").append("chatId", "")
			.append("text", "")
			.append("messageId", "")
			.append("replyToken", "")
			.append("owner", "")
			.append("leaseUntil", "")
			.append("source", "");
	}
}
