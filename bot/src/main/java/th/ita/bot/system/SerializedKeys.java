package th.ita.bot.system;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's serialized form of objects, remembered by identity: forgotten with the object, when told
 * (the object changed), or all at once when the count or the bytes pass their bounds.
 */
final class SerializedKeys {

	private final int maxEntries;

	private final long maxBytes;

	private final ConcurrentHashMap<Ref, byte[]> bytes = new ConcurrentHashMap<>();

	private final AtomicLong held = new AtomicLong();

	private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

	SerializedKeys(int maxEntries, long maxBytes) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
	}

	byte[] bytes(Object key) {
		byte[] b = bytes.get(new Ref(key, null));
		if (b == null) {
			b = ObjectDataType.serialize(key);
			for (Reference<?> r; (r = collected.poll()) != null;) {
				drop(bytes.remove(r));
			}
			if (bytes.size() >= maxEntries || held.get() + b.length > maxBytes) {
				bytes.clear();
				held.set(0);
			}
			drop(bytes.put(new Ref(key, collected), b));
			held.addAndGet(b.length);
		}
		return b;
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

		Ref(Object referent, ReferenceQueue<Object> queue) {
			super(referent, queue);
			this.hash = System.identityHashCode(referent);
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
