package th.ita.survey.anonymity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.complaint.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the slots rely on, on both backends of the embedded server: filling a slot (a replacement)
 * leaves it where it was in natural order, claims are exclusive, and the pool is topped up once a
 * day ahead of the day's filings.
 */
class SlotPoolTests {

	static Supplier<MongoBackend> backend(String name) {
		return "h2".equals(name) ? () -> new H2Backend(MVStore.open(null)) : MemoryBackend::new;
	}

	void withPool(String backend, java.util.function.BiConsumer<MongoTemplate, MovableClock> test) {
		MongoServer server = new MongoServer(backend(backend).get());
		server.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create(server.getConnectionString())) {
			test.accept(new MongoTemplate(client, "test"), MovableClock.bangkok());
		}
		finally {
			server.shutdownNow();
		}
	}

	static List<String> naturalOrder(MongoTemplate mongo, String collection) {
		List<String> ids = new ArrayList<>();
		mongo.getCollection(collection).find().forEach(d -> ids.add(d.getString("_id")));
		return ids;
	}

	@ParameterizedTest
	@ValueSource(strings = { "memory", "h2" })
	void fillingASlotKeepsItsPlaceInNaturalOrder(String backend) {
		withPool(backend, (mongo, clock) -> {
			SlotPool pool = new SlotPool(mongo, "things", clock, 16, 4, 8);
			pool.createIndex();
			String first = pool.fill(new Document("text", "first"));
			List<String> before = naturalOrder(mongo, "things");
			assertThat(before).hasSize(16).contains(first);
			List<String> filled = new ArrayList<>(List.of(first));
			for (int i = 0; i < 8; i++) {
				filled.add(pool.fill(new Document("text", "thing " + i).append("padding", "x".repeat(5_000))));
			}
			assertThat(naturalOrder(mongo, "things")).as("the same documents in the same order").isEqualTo(before);
			assertThat(pool.free()).isEqualTo(7);
			Document one = mongo.getCollection("things").find(new Document("_id", filled.get(3))).first();
			assertThat(one).containsEntry(SlotPool.FIELD, SlotPool.FILLED).containsEntry("text", "thing 2");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "memory", "h2" })
	void aClaimedSlotIsFilledOnlyByItsClaimantAndOnlyOnce(String backend) {
		withPool(backend, (mongo, clock) -> {
			SlotPool pool = new SlotPool(mongo, "things", clock, 16, 4, 8);
			String claimed = pool.claim();
			assertThat(pool.state(claimed)).isEqualTo(SlotPool.CLAIMED);
			for (int i = 0; i < 14; i++) {
				assertThat(pool.fill(new Document("n", i))).isNotEqualTo(claimed); // only free slots are filled
			}
			assertThat(pool.fillClaimed(claimed, new Document("n", "mine"))).isTrue();
			assertThat(pool.fillClaimed(claimed, new Document("n", "again"))).isFalse();
			assertThat(mongo.getCollection("things").find(new Document("_id", claimed)).first()).containsEntry("n", "mine");
			String released = pool.claim();
			pool.release(released);
			assertThat(pool.state(released)).isEqualTo(SlotPool.FREE);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "memory" })
	void thePoolIsToppedUpAtTheFirstFilingOfADayAndDuringTheDayOnlyWhenLow(String backend) {
		withPool(backend, (mongo, clock) -> {
			SlotPool pool = new SlotPool(mongo, "things", clock, 16, 4, 8);
			pool.fill(new Document());
			assertThat(mongo.getCollection("things").countDocuments()).isEqualTo(16);
			for (int i = 0; i < 11; i++) {
				pool.fill(new Document());
			}
			assertThat(mongo.getCollection("things").countDocuments()).as("no batch while 4 or more are free")
				.isEqualTo(16);
			pool.fill(new Document()); // 4 free: still enough
			pool.fill(new Document()); // 3 free before this one: a batch of 8
			assertThat(mongo.getCollection("things").countDocuments()).isEqualTo(24);
			clock.advance(Duration.ofDays(1));
			pool.fill(new Document()); // the next day starts with 16 free again
			assertThat(pool.free()).isEqualTo(15);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "memory", "h2" })
	void concurrentFillsAndClaimsNeverShareASlot(String backend) {
		withPool(backend, (mongo, clock) -> {
			SlotPool pool = new SlotPool(mongo, "things", clock, 16, 4, 8); // small: fills collide often
			java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
			try {
				List<java.util.concurrent.Future<String>> taken = new ArrayList<>();
				for (int i = 0; i < 80; i++) {
					int n = i;
					taken.add(threads.submit(() -> n % 2 == 0 ? pool.fill(new Document("n", n)) : pool.claim()));
				}
				java.util.Set<String> ids = new java.util.HashSet<>();
				for (java.util.concurrent.Future<String> f : taken) {
					ids.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
				}
				assertThat(ids).as("80 different slots").hasSize(80);
				assertThat(mongo.getCollection("things").countDocuments(new Document(SlotPool.FIELD, SlotPool.FILLED)))
					.isEqualTo(40);
				assertThat(mongo.getCollection("things").countDocuments(new Document(SlotPool.FIELD, SlotPool.CLAIMED)))
					.isEqualTo(40);
			}
			catch (Exception ex) {
				throw new AssertionError(ex);
			}
			finally {
				threads.shutdownNow();
			}
		});
	}
}
