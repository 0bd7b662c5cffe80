package th.ita.bot.system;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store writes a collection's documents: exactly as H2 does (Java serialization,
 * so the file format is H2's own), but each document object is serialized once and its bytes
 * remembered until it changes. H2 rewrites every document of every page a commit touches, so
 * without this one new webhook re-serialized dozens of unchanged neighbours inside the commit that
 * webhooks wait for (profiled at a sixth of the bot's CPU under load). The library changes a stored
 * document in place only in an update, which ends in {@link IdPinnedCollection#handleUpdate}: that
 * is where its bytes are forgotten.
 */
final class DocumentType extends ObjectDataType {

	private static final SerializedKeys DOCUMENTS = new SerializedKeys(200_000, 32L << 20);

	/** H2's own estimate for what it serializes: twice the bytes, as a moving average. */
	private volatile int averageSize = 1_000;

	/** Called before a stored document is changed in place. */
	static void changing(Document document) {
		DOCUMENTS.forget(document);
	}

	@Override
	public int getMemory(Object obj) {
		return obj instanceof Document ? averageSize : super.getMemory(obj);
	}

	/** Read back: the object already in memory with these bytes, if any (see {@link SerializedKeys}). */
	@Override
	public Object read(ByteBuffer buff) {
		return SerializedKeys.serializedNext(buff) ? DOCUMENTS.read(buff) : super.read(buff);
	}

	@Override
	public void write(WriteBuffer buff, Object obj) {
		if (obj instanceof Document) {
			byte[] bytes = DOCUMENTS.write(buff, obj);
			averageSize = (int) ((2L * bytes.length + 15L * averageSize) / 16);
			return;
		}
		super.write(buff, obj);
	}
}
