package th.ita.bot.system;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's serialized form of objects, remembered by identity: forgotten with the object, when told
 * (the object changed), or all at once when the count or the bytes pass their bounds. Also the
 * other way: the object whose serialized form equals bytes read back from the file. H2 keeps no
 * page it has just written (only pages it reads go to its cache), so after each commit the next
 * access to a touched page reads it back and deserializes every value on it; the stored objects
 * never change ({@link IdPinnedCollection}), so the one already in memory is the same value.
 */
final class SerializedKeys {

	/** ObjectDataType's tag for a Java-serialized value (package-private there). */
	private static final byte SERIALIZED = 19;

	private final int maxEntries;

	private final long maxBytes;

	private final ConcurrentHashMap<Ref, byte[]> bytes = new ConcurrentHashMap<>();

	private final AtomicLong held = new AtomicLong();

	private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

	/** By the hash of the serialized bytes; checked against the bytes on every hit. */
	private final ConcurrentHashMap<Integer, Ref> byContent = new ConcurrentHashMap<>();

	SerializedKeys(int maxEntries, long maxBytes) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
	}

	byte[] bytes(Object key) {
		byte[] b = bytes.get(new Ref(key, null));
		if (b == null) {
			b = ObjectDataType.serialize(key);
			remember(key, b);
		}
		return b;
	}

	private void remember(Object key, byte[] b) {
		for (Reference<?> r; (r = collected.poll()) != null;) {
			drop(bytes.remove(r));
			byContent.remove(((Ref) r).content, r);
		}
		if (bytes.size() >= maxEntries || held.get() + b.length > maxBytes) {
			bytes.clear();
			byContent.clear();
			held.set(0);
		}
		Ref ref = new Ref(key, collected, hash(b, 0, b.length));
		drop(bytes.put(ref, b));
		byContent.put(ref.content, ref);
		held.addAndGet(b.length);
	}

	/** Whether the next value in the buffer is Java-serialized (then {@link #read(ByteBuffer)} takes it). */
	static boolean serializedNext(ByteBuffer buff) {
		return buff.get(buff.position()) == SERIALIZED;
	}

	/** The next value, written by {@link #write}: its tag, its length, its bytes. */
	Object read(ByteBuffer buff) {
		buff.get();
		return read(buff, DataUtils.readVarInt(buff));
	}

	/** An object's remembered bytes as H2 writes a Java-serialized value; returns the bytes. */
	byte[] write(WriteBuffer buff, Object obj) {
		byte[] b = bytes(obj);
		buff.put(SERIALIZED).putVarInt(b.length).put(b);
		return b;
	}

	/**
	 * The value serialized as the next {@code length} bytes of the buffer (which it consumes):
	 * the object in memory with exactly these bytes, or else a new one deserialized (and remembered).
	 */
	Object read(ByteBuffer buff, int length) {
		byte[] array;
		int from;
		if (buff.hasArray()) {
			array = buff.array();
			from = buff.arrayOffset() + buff.position();
			buff.position(buff.position() + length);
		}
		else {
			array = new byte[length];
			from = 0;
			buff.get(array);
		}
		Ref ref = byContent.get(hash(array, from, from + length));
		Object known = ref == null ? null : ref.get();
		if (known != null) {
			byte[] b = bytes.get(ref);
			if (b != null && Arrays.equals(b, 0, b.length, array, from, from + length)) {
				return known;
			}
		}
		byte[] b = Arrays.copyOfRange(array, from, from + length);
		Object value = ObjectDataType.deserialize(b);
		remember(value, b);
		return value;
	}

	private static int hash(byte[] a, int from, int to) {
		int h = 1;
		for (int i = from; i < to; i++) {
			h = 31 * h + a[i];
		}
		return h;
	}

	/** The object is about to change in place: its remembered bytes no longer hold. */
	void forget(Object key) {
		drop(bytes.remove(new Ref(key, null)));
	}

	private void drop(byte[] removed) {
		if (removed != null) {
			held.addAndGet(-removed.length);
		}
	}

	int size() {
		return bytes.size();
	}

	private static final class Ref extends WeakReference<Object> {

		private final int hash;

		/** The hash of the serialized bytes (for the way back). */
		private final int content;

		Ref(Object referent, ReferenceQueue<Object> queue) {
			this(referent, queue, 0);
		}

		Ref(Object referent, ReferenceQueue<Object> queue, int content) {
			super(referent, queue);
			this.hash = System.identityHashCode(referent);
			this.content = content;
		}

		@Override
		public int hashCode() {
			return hash;
		}

		@Override
		public boolean equals(Object other) {
			if (this == other) {
				return true;
			}
			Object mine = get();
			return mine != null && other instanceof Ref ref && ref.get() == mine;
		}
	}
}
