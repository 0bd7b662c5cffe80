package th.ita.bot.system;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database: mongo-java-server on an H2 MVStore file, all the private machinery in one
 * place.
 * <ul>
 * <li><b>Group commit</b> ({@link GroupCommit}). The store never commits on its own (H2's
 * background commit could fall between the data and the index writes of one update). It commits when someone waits for
 * durability ({@link #awaitDurable()}): one commit serves every writer waiting at that moment, so
 * a hundred webhooks share one. Commands hold a read lock and a commit the write lock until H2 has
 * fixed the version it writes ({@link CommitFileStore}), so the file always holds whole commands;
 * {@link #together} keeps a commit from falling between writes that belong together. Unwaited
 * writes (sweeps, admin commands) are committed within a second.</li>
 * <li><b>Only this process gets in.</b> The wire protocol needs a TCP port (the driver speaks
 * nothing else), on 127.0.0.1 only; a connection is served only after its handshake names a random
 * token made at start (the driver's appName, in {@link #connectionString(String)}), so another
 * local process cannot read or write without the token.</li>
 * <li><b>Lookups by id</b> ({@link IdPinnedCollection}) for filters that pin {@code _id} and test
 * more fields, which the library would answer by scanning the collection.</li>
 * <li><b>Faster index keys</b> ({@link IndexKeyType}, {@link SerializedKeys}), in H2's own order
 * (checked in EmbeddedDatabaseTests: they depend on how H2 serializes keys).</li>
 * <li><b>Values serialized once, read back as the object in memory</b> ({@link DocumentType},
 * {@link SerializedKeys}): H2 drops every page it writes, so each commit's pages are read back.</li>
 * </ul>
 * "memory" keeps nothing: durability is then trivially given.
 */
public class EmbeddedDatabase implements Durability, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/** At most this many documents or keys per H2 page (H2's default 48); 8 measured no better than 16. */
	static final int KEYS_PER_PAGE = 16;

	/** H2's own default page cache, in megabytes. */
	static final int H2_CACHE_MEGABYTES = 16;

	private static final AttributeKey<Boolean> ADMITTED = AttributeKey.valueOf("ita.admitted");

	private final MongoServer server;

	private final GroupCommit commits;

	private final Path file;

	private final String token;

	private CommitFileStore fileStore;

	private EmbeddedDatabase(MVStore store, Path file, Duration idleCommit, Duration commitGap, String token,
			BackendFactory backend) {
		this.file = file;
		this.token = token;
		this.commits = new GroupCommit(store, idleCommit, commitGap);
		this.server = new MongoServer(backend.create(this));
	}

	private interface BackendFactory {

		MongoBackend create(EmbeddedDatabase self);
	}

	/** Starts the server on 127.0.0.1 (a free port) on "memory" or an H2 file. */
	public static EmbeddedDatabase start(String file, Duration idleCommit) {
		return start(file, idleCommit, Duration.ZERO);
	}

	/**
	 * As {@link #start(String, Duration)}, with a pause after each commit before the next one
	 * starts (group commit under load: more writers share a commit).
	 */
	public static EmbeddedDatabase start(String file, Duration idleCommit, Duration commitGap) {
		return start(file, idleCommit, commitGap, H2_CACHE_MEGABYTES);
	}

	/**
	 * As {@link #start(String, Duration, Duration)}, with H2's page cache in megabytes. The cache
	 * holds pages H2 has read (not those it wrote); larger or smaller than H2's 16 MB measured worse.
	 */
	public static EmbeddedDatabase start(String file, Duration idleCommit, Duration commitGap, int cacheMegabytes) {
		String token = HexFormat.of().formatHex(random16());
		if ("memory".equals(file)) {
			return new EmbeddedDatabase(null, null, idleCommit, commitGap, token, self -> new MemoryBackend() {

				// every command (OP_MSG, and the legacy handshake on $cmd) passes here
				@Override
				public Document handleCommand(Channel channel, String database, String command, Document query) {
					self.admit(channel, query);
					return super.handleCommand(channel, database, command, query);
				}

				@Override
				public QueryResult handleQuery(MongoQuery query) {
					self.admit(query.getChannel(), query.getQuery());
					return super.handleQuery(query);
				}
			}).bind();
		}
		Path path = Path.of(file).toAbsolutePath();
		CommitFileStore fileStore = new CommitFileStore(cacheMegabytes);
		fileStore.open(path.toString(), false, null);
		MVStore store = new MVStore.Builder().adoptFileStore(fileStore)
			.autoCommitDisabled()
			// no commit in the middle of a command when unsaved changes pile up (KB)
			.autoCommitBufferSize(256 * 1024)
			// a commit rewrites every page it touches whole, and the next access reads it back:
			// smaller pages, less rewritten and read per change (files stay readable either way)
			.keysPerPage(KEYS_PER_PAGE)
			.open();
		EmbeddedDatabase database = new EmbeddedDatabase(store, path, idleCommit, commitGap, token, self -> new H2Backend(store) {

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

					// the map names are H2Database's own ("databases." and "meta." + namespace)
					@Override
					protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
						String namespace = getFullCollectionNamespace(collection);
						MVMap<Object, Document> data = store.openMap("databases." + namespace,
								new MVMap.Builder<Object, Document>().valueType(new DocumentType()));
						return new IdPinnedCollection(this, collection, options, data, store.openMap("meta." + namespace),
								cursorRegistry);
					}
				};
			}

			// the driver sends every command as OP_MSG (handleMessage); handleQuery is the legacy path
			@Override
			public Document handleCommand(Channel channel, String database, String command, Document query) {
				self.admit(channel, query);
				return super.handleCommand(channel, database, command, query);
			}

			@Override
			public Document handleMessage(MongoMessage message) {
				return self.commits.underReadLock(() -> super.handleMessage(message));
			}

			@Override
			public QueryResult handleQuery(MongoQuery query) {
				self.admit(query.getChannel(), query.getQuery());
				return self.commits.underReadLock(() -> super.handleQuery(query));
			}
		});
		database.fileStore = fileStore;
		fileStore.onVersionFixed(database.commits::versionFixed);
		return database.bind();
	}

	private static byte[] random16() {
		byte[] b = new byte[16];
		new SecureRandom().nextBytes(b);
		return b;
	}

	private EmbeddedDatabase bind() {
		server.bind("127.0.0.1", 0);
		return this;
	}

	/**
	 * A connection is served once its first command (the driver's handshake) carries the token as
	 * the application name; anything else closes it.
	 */
	private void admit(Channel channel, Document command) {
		if (channel == null || Boolean.TRUE.equals(channel.attr(ADMITTED).get())) {
			return;
		}
		if (command != null && command.get("client") instanceof Document client
				&& client.get("application") instanceof Document application && token.equals(application.get("name"))) {
			channel.attr(ADMITTED).set(Boolean.TRUE);
			return;
		}
		log.warn("Embedded database: a connection without the token was refused");
		channel.close();
		throw new MongoServerError(18, "AuthenticationFailed", "Authentication failed.");
	}

	/** The connection string with the access token, for a database name. */
	public String connectionString(String database) {
		return server.getConnectionString() + "/" + database + "?appName=" + token;
	}

	/** The H2 file, when there is one (not with "memory"). */
	public Optional<Path> file() {
		return Optional.ofNullable(file);
	}

	@Override
	public void awaitDurable() {
		commits.awaitDurable();
	}

	@Override
	public void afterDurable(Runnable action) {
		commits.afterDurable(action);
	}

	@Override
	public <T> T together(Supplier<T> writes) {
		return commits.together(writes);
	}

	@Override
	public boolean beforeEachCommit(Runnable flush) {
		return commits.beforeEachCommit(flush);
	}

	/** A test hook: runs on the committer while a commit writes, after the locks were released. */
	void whileCommitWrites(Runnable action) {
		fileStore.onVersionFixed(() -> {
			commits.versionFixed();
			action.run();
		});
	}

	/** Commits made so far (group commit: far fewer than the writers who waited). */
	public long commits() {
		return commits.finished();
	}

	/** Commits now and waits for it (tests, admin commands). */
	public void checkpoint() {
		awaitDurable();
	}

	/** A last commit, then the server stops (which closes the file). */
	@Override
	public void close() {
		commits.close();
		server.shutdownNow();
	}
}
