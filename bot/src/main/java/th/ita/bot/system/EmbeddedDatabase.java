package th.ita.bot.system;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's storage, crash-consistent. mongo-java-server's H2 backend lets the H2
 * store commit in the background every second, at any moment: a commit can fall between the data
 * and the index writes of one update, and after a kill the file holds an index that disagrees
 * with its documents (measured: a versioned session that could never be saved again). Here the
 * store commits only at checkpoints, once a second, while no command is running (each command
 * holds a read lock, a checkpoint the write lock), so the file always holds whole commands.
 * <p>
 * A checkpoint still leaves up to a second of acknowledged work only in memory; listeners hear
 * before and after each checkpoint, so that a journal of acknowledged webhooks can be cut (see
 * the bot's WebhookJournal). "memory" keeps nothing and has no checkpoints.
 */
public class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/** Told around every checkpoint: before it, and once what came before it is in the file. */
	public interface CheckpointListener {

		void beforeCheckpoint();

		void afterCheckpoint();
	}

	private final MongoServer server;

	private final MVStore store;

	private final Path file;

	private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();

	private final List<CheckpointListener> listeners = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService timer;

	private long checkpoints;

	private boolean closed;

	private EmbeddedDatabase(MongoBackend backend, MVStore store, Path file, Duration interval) {
		this.server = new MongoServer(backend);
		this.store = store;
		this.file = file;
		if (store == null) {
			this.timer = null;
			return;
		}
		this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "embedded-db-checkpoint");
			t.setDaemon(true);
			return t;
		});
		long ms = interval.toMillis();
		timer.scheduleWithFixedDelay(this::checkpointQuietly, ms, ms, TimeUnit.MILLISECONDS);
	}

	/** Starts the server on 127.0.0.1 (a free port) on "memory" or an H2 file committed only at checkpoints. */
	public static EmbeddedDatabase start(String file, Duration interval) {
		if ("memory".equals(file)) {
			return new EmbeddedDatabase(new MemoryBackend(), null, null, interval).bind();
		}
		Path path = Path.of(file).toAbsolutePath();
		MVStore store = new MVStore.Builder().fileName(path.toString())
			.autoCommitDisabled()
			// no commit in the middle of a command when unsaved changes pile up (KB)
			.autoCommitBufferSize(256 * 1024)
			.open();
		EmbeddedDatabase[] self = new EmbeddedDatabase[1];
		H2Backend backend = new H2Backend(store) {

			@Override
			protected MongoDatabase openOrCreateDatabase(String databaseName) {
				return new H2Database(databaseName, store, getCursorRegistry()) {

					@Override
					protected Index<Object> openOrCreateUniqueIndex(String collection, String index, List<IndexKey> keys,
							boolean sparse) {
						// opened here first with the faster key type; the backend then gets this same map
						store.openMap(getFullCollectionNamespace(collection) + "._index_" + index,
								new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
						return super.openOrCreateUniqueIndex(collection, index, keys, sparse);
					}
				};
			}

			// the driver sends every command as OP_MSG (handleMessage); handleQuery is the legacy path
			@Override
			public Document handleMessage(MongoMessage message) {
				return self[0].underReadLock(() -> super.handleMessage(message));
			}

			@Override
			public QueryResult handleQuery(MongoQuery query) {
				return self[0].underReadLock(() -> super.handleQuery(query));
			}
		};
		self[0] = new EmbeddedDatabase(backend, store, path, interval);
		return self[0].bind();
	}

	private EmbeddedDatabase bind() {
		server.bind("127.0.0.1", 0);
		return this;
	}

	/**
	 * The order H2 gives mongo-java-server's index keys, at a fraction of the cost. A key
	 * ({@link KeyValue}) is not Comparable, so H2 compares two keys by Java-serializing both, at every
	 * step of every index search (profiled: half of the database's CPU). This compares the same bytes,
	 * so the order and the file format stay exactly H2's (existing files keep working), but each key
	 * object is serialized once: the bytes are remembered per object (by identity, weakly, bounded).
	 */
	static final class IndexKeyType extends ObjectDataType {

		private static final SerializedKeys KEYS = new SerializedKeys(50_000);

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

	/** Serialized forms of key objects, by identity; forgotten with the object, or all at once when full. */
	static final class SerializedKeys {

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

	private <T> T underReadLock(java.util.function.Supplier<T> command) {
		commands.readLock().lock();
		try {
			return command.get();
		}
		finally {
			commands.readLock().unlock();
		}
	}

	public String connectionString() {
		return server.getConnectionString();
	}

	/** The H2 file, when there is one (not with "memory"). */
	public Optional<Path> file() {
		return Optional.ofNullable(file);
	}

	public void addListener(CheckpointListener listener) {
		listeners.add(listener);
	}

	/**
	 * Writes everything done so far to the file as one consistent state; about every minute also
	 * rewrites sparse parts of the file (H2's own background housekeeping is off with auto-commit).
	 */
	public synchronized void checkpoint() {
		if (store == null || store.isClosed()) {
			return;
		}
		listeners.forEach(CheckpointListener::beforeCheckpoint);
		commands.writeLock().lock();
		try {
			store.commit();
			if (++checkpoints % 60 == 0 && store.getFillRate() < 60) {
				store.compact(80, 16 * 1024 * 1024);
				store.commit();
			}
		}
		finally {
			commands.writeLock().unlock();
		}
		listeners.forEach(CheckpointListener::afterCheckpoint);
	}

	private void checkpointQuietly() {
		try {
			checkpoint();
		}
		catch (RuntimeException ex) {
			log.error("Embedded database checkpoint failed: {}", ex.toString());
		}
	}

	/** Stops the checkpoints, takes a last one, and stops the server (which closes the file). */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (timer != null) {
			timer.shutdownNow();
			try {
				timer.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			checkpointQuietly();
		}
		server.shutdownNow();
	}
}
