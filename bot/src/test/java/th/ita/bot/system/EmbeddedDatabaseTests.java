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
 * The H2 file holds checkpoints only: what a killed process leaves on disk is the state of the
 * last checkpoint, never a command half-applied in between.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path dir;

	/** What a kill -9 would leave: a copy of the file as it is on disk now. */
	long countInCopyOfFile(Path file, String name) throws Exception {
		Path copy = dir.resolve(name);
		Files.copy(file, copy);
		try (EmbeddedDatabase reopened = EmbeddedDatabase.start(copy.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(reopened.connectionString())) {
			return client.getDatabase("ita").getCollection("answers").countDocuments();
		}
	}

	@Test
	void writesReachTheFileAtACheckpointNotBefore() throws Exception {
		Path file = dir.resolve("ita.mv");
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString())) {
			client.getDatabase("ita").getCollection("answers").insertOne(new Document("_id", "a1"));
			db.checkpoint();
			client.getDatabase("ita").getCollection("answers").insertOne(new Document("_id", "a2"));
			Thread.sleep(1500); // longer than H2's own auto-commit delay, which is off
			assertThat(countInCopyOfFile(file, "before.mv")).isEqualTo(1);
			db.checkpoint();
			assertThat(countInCopyOfFile(file, "after.mv")).isEqualTo(2);
		}
	}

	@Test
	void aCleanStopWritesEverything() throws Exception {
		Path file = dir.resolve("ita.mv");
		try (EmbeddedDatabase db = EmbeddedDatabase.start(file.toString(), Duration.ofHours(1));
				MongoClient client = MongoClients.create(db.connectionString())) {
			client.getDatabase("ita").getCollection("answers").insertOne(new Document("_id", "a1"));
		}
		assertThat(countInCopyOfFile(file, "copy.mv")).isEqualTo(1);
	}
}
