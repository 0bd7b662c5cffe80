package th.ita.bot.inbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

import th.ita.bot.inbox.InboxEntry.Kind;
import th.ita.bot.inbox.InboxEntry.Source;
import th.ita.bot.system.Seal;

/**
 * An inbox entry as a document, and back. What it holds about the person and what they sent
 * (userId, chat, text, message id, reply token) is one sealed value ({@link Seal}, key from the
 * anonymity secret): the embedded file keeps replaced page versions for a while, so the clear text
 * would outlive the entry's handling on disk. Entries stored unsealed (older versions) still read.
 */
final class InboxDocuments {

	private static final String SEALED = "sealed";

	private final Seal seal;

	InboxDocuments(Seal seal) {
		this.seal = seal;
	}

	Document toDocument(InboxEntry e) {
		Document personal = new Document();
		putIfSet(personal, "userId", e.userId());
		putIfSet(personal, "chatId", e.chatId());
		putIfSet(personal, "text", e.text());
		putIfSet(personal, "messageId", e.messageId());
		putIfSet(personal, "replyToken", e.replyToken());
		return new Document("_id", e.id()).append("state", InboxStore.PENDING)
			.append("source", e.source().name())
			.append("kind", e.kind().name())
			.append("at", Date.from(e.at()))
			.append("attempts", 0)
			.append(SEALED, seal.seal(personal.toJson()));
	}

	private static void putIfSet(Document d, String key, String value) {
		if (value != null) {
			d.append(key, value);
		}
	}

	InboxEntry fromDocument(Document stored) {
		Document d = stored;
		if (stored.get(SEALED) instanceof String sealed) {
			String open = seal.open(sealed);
			// under another secret nothing opens: the entry fails and is set aside, nobody is misanswered
			d = open == null ? new Document() : Document.parse(open);
			d.putAll(new Document(stored).append(SEALED, null));
		}
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
		return new Document(SEALED, "").append("userId", "").append("chatId", "")
			.append("text", "")
			.append("messageId", "")
			.append("replyToken", "")
			.append("owner", "")
			.append("leaseUntil", "")
			.append("source", "");
	}
}
