package th.ita.bot.system;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

import org.h2.mvstore.type.ObjectDataType;

/** Serialized forms of key objects, by identity; forgotten with the object, or all at once when full. */
final class SerializedKeys {

	private final int max;

	private final ConcurrentHashMap<Ref, byte[]> bytes = new ConcurrentHashMap<>();

	private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

	SerializedKeys(int max) {
		this.max = max;
	}

	byte[] bytes(Object key) {
		byte[] b = bytes.get(new Ref(key, null));
		if (b == null) {
			b = ObjectDataType.serialize(key);
			for (Reference<?> r; (r = collected.poll()) != null;) {
				bytes.remove(r);
			}
			if (bytes.size() >= max) {
				bytes.clear();
			}
			bytes.put(new Ref(key, collected), b);
		}
		return b;
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
