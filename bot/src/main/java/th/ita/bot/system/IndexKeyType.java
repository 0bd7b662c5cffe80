package th.ita.bot.system;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order H2 gives mongo-java-server's index keys, at a fraction of the cost. A key
 * ({@link KeyValue}) is not Comparable, so H2 compares two keys by Java-serializing both, at every
 * step of every index search (profiled: half of the database's CPU). This compares the same bytes,
 * so the order and the file format stay exactly H2's (existing files keep working), but each key
 * object is serialized once: the bytes are remembered per object (by identity, weakly, bounded).
 */
final class IndexKeyType extends ObjectDataType {

	private static final SerializedKeys KEYS = new SerializedKeys(50_000, 8L << 20);

	/** Read back: the object already in memory with these bytes, if any (see {@link SerializedKeys}). */
	@Override
	public Object read(ByteBuffer buff) {
		return SerializedKeys.serializedNext(buff) ? KEYS.read(buff) : super.read(buff);
	}

	/** The bytes H2 would write, from the same remembered serialization the comparisons use. */
	@Override
	public void write(WriteBuffer buff, Object obj) {
		if (obj instanceof KeyValue) {
			KEYS.write(buff, obj);
			return;
		}
		super.write(buff, obj);
	}

	/** H2's estimate for a serialized value, twice its bytes (its moving average would never move). */
	@Override
	public int getMemory(Object obj) {
		return obj instanceof KeyValue ? 2 * KEYS.bytes(obj).length : super.getMemory(obj);
	}

	@Override
	public int compare(Object a, Object b) {
		if (a instanceof KeyValue x && b instanceof KeyValue y) {
			if (a == b) {
				return 0;
			}
			Integer quick = compareSingle(x, y);
			return quick != null ? quick : compareNotNull(KEYS.bytes(a), KEYS.bytes(b));
		}
		return super.compare(a, b);
	}

	/**
	 * The serialized order of the commonest keys without serializing: one ASCII string (ids) or
	 * one non-negative Instant (dates) each. Both keys then serialize to the same bytes up to the
	 * value (a KeyValue always holds an ArrayList, here of size 1), and the value's bytes are:
	 * a string's 2-byte length then its characters; an Instant's seconds then its nanos, big-endian.
	 * Null when another case: the caller compares serialized bytes. (Checked against H2's own
	 * comparison in EmbeddedDatabaseTests.)
	 */
	static Integer compareSingle(KeyValue x, KeyValue y) {
		if (x.size() != 1 || y.size() != 1) {
			return null;
		}
		Object a = x.get(0);
		Object b = y.get(0);
		if (a instanceof String s && b instanceof String t) {
			if (!shortAscii(s) || !shortAscii(t)) {
				return null;
			}
			if (s.length() != t.length()) {
				return Integer.compare(s.length(), t.length());
			}
			return s.compareTo(t); // same length, chars 1-127: the order of their bytes
		}
		if (a instanceof java.time.Instant i && b instanceof java.time.Instant j && i.getEpochSecond() >= 0
				&& j.getEpochSecond() >= 0) {
			return i.compareTo(j);
		}
		return null;
	}

	/** Written by Java serialization as one byte per char (no NUL, nothing above 127), with a 2-byte length. */
	private static boolean shortAscii(String s) {
		if (s.length() > 0xFFFF) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == 0 || c > 127) {
				return false;
			}
		}
		return true;
	}
}
