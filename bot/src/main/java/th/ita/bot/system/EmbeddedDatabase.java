package th.ita.bot.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVStore;
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
