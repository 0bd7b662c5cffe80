package th.ita.bot.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 file holds commits only (group commit, when someone waits for durability): what a killed
 * process leaves on disk is the state of the last commit, never a command half-applied in between;
 * only the bot's own driver gets in; the fast index-key order equals H2's.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path dir;

	/** What a kill -9 would leave: a copy of the file as it is on disk now. */
	long countInCopyOfFile(Path file, String name) throws Exception {
		Path copy = dir.resolve(name);
		Files.copy(file, copy);
		try (EmbeddedDatabase reopened = EmbeddedDatabase.start(copy.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(reopened.connectionString("ita"))) {
			return client.getDatabase("ita").getCollection("answers").countDocuments();
		}
	}

	@Test
	void writesReachTheFileAtACheckpointNotBefore() throws Exception {
		Path file = dir.resolve("ita.mv");
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString("ita"))) {
			client.getDatabase("ita").getCollection("answers").insertOne(new Document("_id", "a1"));
			db.checkpoint();
			client.getDatabase("ita").getCollection("answers").insertOne(new Document("_id", "a2"));
			// H2's own background auto-commit is off: nothing but a checkpoint writes a2 to the file
			assertThat(countInCopyOfFile(file, "before.mv")).isEqualTo(1);
			db.checkpoint();
			assertThat(countInCopyOfFile(file, "after.mv")).isEqualTo(2);
		}
	}

	@Test
	void indexKeysAreOrderedExactlyAsH2OrdersThem() {
		java.util.Random random = new java.util.Random(8);
		org.h2.mvstore.type.ObjectDataType h2 = new org.h2.mvstore.type.ObjectDataType();
		IndexKeyType fast = new IndexKeyType();
		java.util.List<de.bwaldvogel.mongo.backend.KeyValue> keys = new java.util.ArrayList<>();
		for (int i = 0; i < 300; i++) {
			Object value = switch (random.nextInt(9)) {
				case 0 -> Integer.valueOf(random.nextInt(1000) - 500);
				case 1 -> Long.valueOf(random.nextLong());
				case 2 -> "k" + random.nextInt(10_000);
				case 3 -> "k".repeat(250 + random.nextInt(10)); // lengths either side of one byte
				case 4 -> random.nextBoolean() ? "" : "ข้อ" + random.nextInt(10); // empty, non-ASCII
				case 5 -> "x".repeat(65_530 + random.nextInt(10)); // either side of the 2-byte length
				case 6 -> java.time.Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(3) * 500_000_000);
				case 7 -> java.time.Instant.ofEpochSecond(-random.nextInt(1_000_000), random.nextInt(1000));
				default -> java.util.UUID.randomUUID().toString();
			};
			keys.add(random.nextBoolean() ? new de.bwaldvogel.mongo.backend.KeyValue(value)
					: new de.bwaldvogel.mongo.backend.KeyValue(value, Long.valueOf(random.nextInt(5))));
		}
		for (var a : keys) {
			for (var b : keys.subList(0, 60)) {
				assertThat(Integer.signum(fast.compare(a, b))).isEqualTo(Integer.signum(h2.compare(a, b)));
			}
		}
	}

	@Test
	void aFileWrittenByThePlainH2BackendIsStillFoundById() throws Exception {
		Path file = dir.resolve("plain.mv");
		de.bwaldvogel.mongo.MongoServer plain = new de.bwaldvogel.mongo.MongoServer(
				new de.bwaldvogel.mongo.backend.h2.H2Backend(file.toString()));
		plain.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create(plain.getConnectionString())) {
			for (int i = 0; i < 2000; i++) {
				client.getDatabase("ita").getCollection("answers").insertOne(new Document("_id", "id-" + i).append("v", i));
			}
		}
		plain.shutdownNow();
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString("ita"))) {
			var answers = client.getDatabase("ita").getCollection("answers");
			for (int i = 0; i < 2000; i += 7) {
				assertThat(answers.find(new Document("_id", "id-" + i)).first()).isNotNull().containsEntry("v", i);
			}
			answers.insertOne(new Document("_id", "id-new"));
			assertThat(answers.find(new Document("_id", "id-new")).first()).isNotNull();
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> answers.insertOne(new Document("_id", "id-5")))
				.hasMessageContaining("duplicate key");
			for (int i = 0; i < 2000; i += 3) {
				answers.updateOne(new Document("_id", "id-" + i), new Document("$set", new Document("w", "ใหม่ " + i)));
			}
		}
		// reopened: pages rewritten as BSON and pages still as H2 wrote them, side by side
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString("ita"))) {
			var answers = client.getDatabase("ita").getCollection("answers");
			assertThat(answers.countDocuments()).isEqualTo(2001);
			for (Document d : answers.find(new Document("_id", new Document("$ne", "id-new")))) {
				int i = d.getInteger("v");
				assertThat(d.getString("_id")).isEqualTo("id-" + i);
				assertThat(d.getString("w")).isEqualTo(i % 3 == 0 ? "ใหม่ " + i : null);
			}
		}
	}

	/** A document is written byte for byte as H2 writes it (the file format is H2's own). */
	@Test
	void documentsAreWrittenAsH2WritesThem() {
		var doc = new de.bwaldvogel.mongo.bson.Document("_id", "s-1").append("text", "ร้องเรียน ข้อ ๑").append("n", 3)
			.append("big", 1L << 40).append("score", 83.77).append("none", null)
			.append("day", java.time.Instant.parse("2026-03-16T00:00:00Z"))
			.append("answers", new de.bwaldvogel.mongo.bson.Document("e1.1", 3).append("list", java.util.List.of(1, "x")));
		DocumentType mine = new DocumentType();
		org.h2.mvstore.type.ObjectDataType h2 = new org.h2.mvstore.type.ObjectDataType();
		for (int round = 0; round < 2; round++) { // the second from the remembered bytes
			org.h2.mvstore.WriteBuffer a = new org.h2.mvstore.WriteBuffer();
			org.h2.mvstore.WriteBuffer b = new org.h2.mvstore.WriteBuffer();
			mine.write(a, doc);
			h2.write(b, doc);
			assertThat(a.getBuffer().flip()).isEqualTo(b.getBuffer().flip());
		}
	}

	/**
	 * A stored document changed in place by an update, again and again between commits, reaches the
	 * file as it is after each change (the bytes remembered for it are forgotten when it changes).
	 */
	@Test
	void aDocumentChangedInPlaceReachesTheFileChanged() throws Exception {
		Path file = dir.resolve("changes.mv");
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString("ita"))) {
			var sessions = client.getDatabase("ita").getCollection("sessions");
			for (int i = 0; i < 100; i++) { // neighbours on the same pages, unchanged
				sessions.insertOne(new Document("_id", "n-" + i).append("step", 0));
			}
			sessions.insertOne(new Document("_id", "s").append("step", 0).append("answers", new Document()));
			for (int step = 1; step <= 3; step++) {
				db.checkpoint();
				sessions.updateOne(new Document("_id", "s"), new Document("$inc", new Document("step", 1))
					.append("$set", new Document("answers.e1." + step, step)));
				sessions.updateOne(new Document("_id", "n-" + step), new Document("$set", new Document("step", step)));
				db.checkpoint();
				Path copy = dir.resolve("copy-" + step + ".mv");
				Files.copy(file, copy);
				try (EmbeddedDatabase reopened = EmbeddedDatabase.start(copy.toString(), Duration.ofHours(1));
						MongoClient other = MongoClients.create(reopened.connectionString("ita"))) {
					var stored = other.getDatabase("ita").getCollection("sessions");
					Document s = stored.find(new Document("_id", "s")).first();
					assertThat(s.getInteger("step")).isEqualTo(step);
					assertThat(s.get("answers", Document.class).get("e1", Document.class)).hasSize(step);
					assertThat(stored.find(new Document("_id", "n-" + step)).first().getInteger("step")).isEqualTo(step);
					assertThat(stored.countDocuments()).isEqualTo(101);
				}
			}
		}
	}

	/** An index key is written byte for byte as H2 writes it (the file format of indexes is unchanged). */
	@Test
	void indexKeysAreWrittenAsH2WritesThem() {
		IndexKeyType fast = new IndexKeyType();
		org.h2.mvstore.type.ObjectDataType h2 = new org.h2.mvstore.type.ObjectDataType();
		for (Object key : java.util.List.of(new de.bwaldvogel.mongo.backend.KeyValue("id-1"),
				new de.bwaldvogel.mongo.backend.KeyValue("ข้อ", 3L), new de.bwaldvogel.mongo.backend.KeyValue(java.time.Instant.EPOCH),
				"plain string", 42L)) {
			org.h2.mvstore.WriteBuffer a = new org.h2.mvstore.WriteBuffer();
			org.h2.mvstore.WriteBuffer b = new org.h2.mvstore.WriteBuffer();
			fast.write(a, key);
			h2.write(b, key);
			byte[] mine = new byte[a.position()];
			a.getBuffer().flip().get(mine);
			byte[] theirs = new byte[b.position()];
			b.getBuffer().flip().get(theirs);
			assertThat(mine).isEqualTo(theirs);
			assertThat(h2.read(java.nio.ByteBuffer.wrap(mine))).isEqualTo(key);
		}
	}

	/**
	 * Filters that pin {@code _id} and test more fields are answered from the id (IdPinnedCollection):
	 * the same documents as the library's plain backend gives, for matches, misses and operators.
	 */
	@Test
	void filtersPinningTheIdGiveWhatThePlainBackendGives() {
		de.bwaldvogel.mongo.MongoServer plain = new de.bwaldvogel.mongo.MongoServer(
				new de.bwaldvogel.mongo.backend.h2.H2Backend(dir.resolve("plain-eq.mv").toString()));
		plain.bind("127.0.0.1", 0);
		try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("ours-eq.mv").toString(), Duration.ofHours(1));
				MongoClient ours = MongoClients.create(db.connectionString("ita"));
				MongoClient theirs = MongoClients.create(plain.getConnectionString())) {
			var a = ours.getDatabase("ita").getCollection("inbox");
			var b = theirs.getDatabase("ita").getCollection("inbox");
			for (int i = 0; i < 300; i++) {
				Document d = new Document("_id", i % 3 == 0 ? (Object) i : "e" + i).append("state", i % 4 == 0 ? "DONE" : "PENDING")
					.append("n", i % 7);
				a.insertOne(d);
				b.insertOne(new Document(d));
			}
			java.util.List<Document> filters = new java.util.ArrayList<>();
			for (Object id : java.util.List.of("e1", "e4", 3, 6, "missing", 9, "e8")) {
				filters.add(new Document("_id", id).append("state", "PENDING"));
				filters.add(new Document("_id", id).append("state", "DONE"));
				filters.add(new Document("_id", id).append("$or", java.util.List.of(new Document("state", "DONE"),
						new Document("n", new Document("$lt", 3)))));
				filters.add(new Document("_id", id).append("n", new Document("$ne", 1)).append("state", new Document("$in",
						java.util.List.of("PENDING", "DONE"))));
			}
			filters.add(new Document("_id", new Document("$in", java.util.List.of("e1", "e2", 3))).append("state", "PENDING"));
			for (Document filter : filters) {
				assertThat(a.find(filter).into(new java.util.ArrayList<>())).as(filter.toJson())
					.isEqualTo(b.find(filter).into(new java.util.ArrayList<>()));
			}
			// and a compare-and-set through it: taken once, then no longer matching
			Document cas = new Document("_id", "e1").append("state", "PENDING");
			assertThat(a.findOneAndUpdate(cas, new Document("$set", new Document("state", "CLAIMED")))).isNotNull();
			assertThat(a.findOneAndUpdate(cas, new Document("$set", new Document("state", "CLAIMED")))).isNull();
			assertThat(a.updateOne(new Document("_id", "e2").append("state", "DONE"), new Document("$set",
					new Document("n", 99))).getModifiedCount()).isZero();
			assertThat(a.deleteOne(new Document("_id", "e5").append("state", "PENDING")).getDeletedCount()).isEqualTo(1);
			assertThat(a.countDocuments()).isEqualTo(299);
		}
		finally {
			plain.shutdownNow();
		}
	}

	/**
	 * A reply waits for the commit without the worker waiting: the action runs only once the write
	 * made before it is in the file, together with what a batch queued for that commit.
	 */
	@Test
	void anActionAfterDurableRunsOnceTheWriteAndTheBatchAreInTheFile() throws Exception {
		Path file = dir.resolve("after.mv");
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1), Duration.ofMillis(5));
				MongoClient client = MongoClients.create(db.connectionString("ita"))) {
			var answers = client.getDatabase("ita").getCollection("answers");
			java.util.Queue<String> batch = new java.util.concurrent.ConcurrentLinkedQueue<>();
			assertThat(db.beforeEachCommit(() -> {
				for (String id = batch.poll(); id != null; id = batch.poll()) {
					answers.insertOne(new Document("_id", id));
				}
			})).isTrue();
			java.util.concurrent.CompletableFuture<Long> inFileWhenRun = new java.util.concurrent.CompletableFuture<>();
			db.together(() -> {
				answers.insertOne(new Document("_id", "state"));
				batch.add("handled-mark");
				return null;
			});
			db.afterDurable(() -> {
				try {
					inFileWhenRun.complete(countInCopyOfFile(file, "at-action.mv"));
				}
				catch (Exception ex) {
					inFileWhenRun.completeExceptionally(ex);
				}
			});
			assertThat(inFileWhenRun.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(2);
		}
	}

	@Test
	void aCleanStopWritesEverything() throws Exception {
		Path file = dir.resolve("ita.mv");
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString("ita"))) {
			client.getDatabase("ita").getCollection("answers").insertOne(new Document("_id", "a1"));
		}
		assertThat(countInCopyOfFile(file, "copy.mv")).isEqualTo(1);
	}

	@Test
	void aConnectionWithoutTheTokenIsRefused() {
		try (EmbeddedDatabase db = EmbeddedDatabase.start("memory", Duration.ofHours(1))) {
			String withToken = db.connectionString("ita");
			String without = withToken.substring(0, withToken.indexOf('?'));
			try (MongoClient stranger = MongoClients.create(com.mongodb.MongoClientSettings.builder()
				.applyConnectionString(new com.mongodb.ConnectionString(without))
				.applyToClusterSettings(c -> c.serverSelectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS))
				.build())) {
				org.assertj.core.api.Assertions
					.assertThatThrownBy(() -> stranger.getDatabase("ita").getCollection("staff").countDocuments())
					.isInstanceOf(com.mongodb.MongoException.class);
			}
			try (MongoClient bot = MongoClients.create(withToken)) {
				assertThat(bot.getDatabase("ita").getCollection("staff").countDocuments()).isZero();
			}
		}
	}

	@Test
	void everyWriterWaitingForDurabilityFindsItsWriteInTheFileAndCommitsAreShared() throws Exception {
		Path file = dir.resolve("group.mv");
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString("ita"))) {
			var answers = client.getDatabase("ita").getCollection("answers");
			int writers = 32;
			var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
			try {
				var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
				for (int i = 0; i < writers; i++) {
					int n = i;
					done.add(pool.submit(() -> {
						answers.insertOne(new Document("_id", "w" + n));
						db.awaitDurable();
					}));
				}
				for (var f : done) {
					f.get();
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(countInCopyOfFile(file, "group-copy.mv")).isEqualTo(writers);
			assertThat(db.commits()).as("commits shared by waiting writers").isLessThan(writers);
		}
	}
}
