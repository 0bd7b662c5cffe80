package th.ita.bot.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit holds the server's commands only until H2 has fixed the version it writes; the pages
 * are serialized and written while commands go on. What those commands change is not in that
 * commit, and no file state ever holds a document half-updated.
 */
class CommitWhileWritingTests {

	@TempDir
	Path dir;

	@Test
	void aCommandRunsWhileACommitWritesAndLandsInTheNextCommit() throws Exception {
		Path file = dir.resolve("while.mv");
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString("ita"))) {
			MongoCollection<Document> answers = client.getDatabase("ita").getCollection("answers");
			answers.insertOne(new Document("_id", "before"));
			CompletableFuture<Long> copyDuringWrite = new CompletableFuture<>();
			AtomicBoolean once = new AtomicBoolean();
			db.whileCommitWrites(() -> {
				if (once.compareAndSet(false, true)) {
					// would wait for ever if the commit still held the commands: bounded by the future
					CompletableFuture.runAsync(() -> answers.insertOne(new Document("_id", "during")))
						.orTimeout(5, TimeUnit.SECONDS)
						.whenComplete((v, ex) -> {
							if (ex != null) {
								copyDuringWrite.completeExceptionally(ex);
							}
						})
						.join();
					copyDuringWrite.complete(1L);
				}
			});
			db.awaitDurable();
			assertThat(copyDuringWrite.get(10, TimeUnit.SECONDS)).isEqualTo(1L);
			assertThat(ids(copy(file, "after-first.mv"))).containsExactly("before");
			db.awaitDurable();
			assertThat(ids(copy(file, "after-second.mv"))).containsExactlyInAnyOrder("before", "during");
		}
	}

	@Test
	void aDocumentUpdatedWhileACommitWritesIsInThatCommitAsItWasBefore() throws Exception {
		Path file = dir.resolve("before.mv");
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString("ita"))) {
			MongoCollection<Document> answers = client.getDatabase("ita").getCollection("answers");
			answers.createIndex(Indexes.ascending("k"), new IndexOptions().unique(true));
			answers.insertOne(new Document("_id", "a").append("k", "old").append("n", 1));
			db.awaitDurable();
			answers.updateOne(new Document("_id", "a"), new Document("$set", new Document("n", 2))); // dirty again
			AtomicBoolean once = new AtomicBoolean();
			db.whileCommitWrites(() -> {
				if (once.compareAndSet(false, true)) {
					// the commit has fixed n = 2 with key "old"; this update comes after it
					answers.updateOne(new Document("_id", "a"), new Document("$set", new Document("k", "new").append("n", 3))
						.append("$unset", new Document("gone", "")));
				}
			});
			db.awaitDurable();
			try (EmbeddedDatabase reopened = EmbeddedDatabase.start(copy(file, "before-copy.mv").toString(), Duration.ofHours(1));
					MongoClient c = MongoClients.create(reopened.connectionString("ita"))) {
				MongoCollection<Document> copy = c.getDatabase("ita").getCollection("answers");
				assertThat(copy.find(new Document("_id", "a")).first()).containsEntry("k", "old").containsEntry("n", 2);
				assertThat(copy.find(new Document("k", "old")).first()).isNotNull();
			}
			assertThat(answers.find(new Document("k", "new")).first()).containsEntry("n", 3);
		}
	}

	@Test
	void documentsUpdatedWhileCommitsWriteAreNeverHalfUpdatedInTheFile() throws Exception {
		Path file = dir.resolve("torn.mv");
		int documents = 40;
		int fields = 300;
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString("ita"))) {
			MongoCollection<Document> wide = client.getDatabase("ita").getCollection("wide");
			wide.createIndex(Indexes.ascending("k"), new IndexOptions().unique(true));
			for (int d = 0; d < documents; d++) {
				wide.insertOne(fieldsAll(new Document("_id", d).append("k", "k" + d), fields, 0));
			}
			db.awaitDurable();
			List<Path> copies = java.util.Collections.synchronizedList(new ArrayList<>());
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<?>> writers = new ArrayList<>();
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
			for (int t = 0; t < 4; t++) {
				int thread = t;
				writers.add(pool.submit(() -> {
					for (int n = 1; System.nanoTime() < until; n++) {
						int d = (n * 4 + thread) % documents;
						// every field and the unique key change together, and half the updates add or
						// remove fields (the map's structure changes): a torn write would mix them
						Document set = fieldsAll(new Document("k", "k" + d + "-" + thread + "-" + n), fields, n);
						Document update = new Document("$set", set);
						Document extra = new Document();
						for (int x = 0; x < 50; x++) {
							extra.append("x" + x, n);
						}
						if (n % 2 == 0) {
							set.putAll(extra);
						}
						else {
							update.append("$unset", extra);
						}
						wide.updateOne(new Document("_id", d), update);
						db.awaitDurable(); // throws when a commit failed
						if (thread == 0 && n % 25 == 0) {
							// what a kill -9 would leave now, while the other writers' commits are written
							copies.add(copy(file, "torn-" + n + ".mv"));
						}
					}
					return null;
				}));
			}
			try {
				for (Future<?> w : writers) {
					w.get(30, TimeUnit.SECONDS);
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(db.commits()).isGreaterThan(20);
			copies.add(copy(file, "torn-last.mv"));
			for (Path state : copies) {
				assertWhole(state, documents, fields);
			}
		}
	}

	private static void assertWhole(Path state, int documents, int fields) {
		try (EmbeddedDatabase reopened = EmbeddedDatabase.start(state.toString(), Duration.ofHours(1));
				MongoClient c = MongoClients.create(reopened.connectionString("ita"))) {
			MongoCollection<Document> copy = c.getDatabase("ita").getCollection("wide");
			assertThat(copy.countDocuments()).isEqualTo(documents);
			{
				for (Document doc : copy.find()) {
					Object first = doc.get("f0");
					for (int f = 1; f < fields; f++) {
						assertThat(doc.get("f" + f)).as("field %d of %s", f, doc.get("_id")).isEqualTo(first);
					}
					boolean even = ((Number) first).intValue() % 2 == 0;
					assertThat(doc.containsKey("x0") && doc.containsKey("x49")).as("extra fields of %s", doc.get("_id"))
						.isEqualTo(even && !first.equals(0));
					assertThat(copy.find(new Document("k", doc.get("k"))).first()).as("found by its key")
						.isNotNull()
						.extracting(x -> x.get("_id")).isEqualTo(doc.get("_id"));
				}
			}
		}
	}

	private static Document fieldsAll(Document doc, int fields, int value) {
		for (int f = 0; f < fields; f++) {
			doc.append("f" + f, value);
		}
		return doc;
	}

	/** What a kill -9 would leave: a copy of the file as it is on disk now. */
	private Path copy(Path file, String name) throws Exception {
		Path copy = dir.resolve(name);
		Files.copy(file, copy);
		return copy;
	}

	private static List<Object> ids(Path file) {
		try (EmbeddedDatabase reopened = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(reopened.connectionString("ita"))) {
			List<Object> ids = new ArrayList<>();
			client.getDatabase("ita").getCollection("answers").find().forEach(d -> ids.add(d.get("_id")));
			return ids;
		}
	}
}
