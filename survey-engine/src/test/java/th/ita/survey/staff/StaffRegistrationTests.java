package th.ita.survey.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.staff.StaffMember.Role;

import static org.assertj.core.api.Assertions.assertThat;

class StaffRegistrationTests {

	static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	StaffDirectory staff;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		client = MongoClients.create(server.bindAndGetConnectionString());
		mongo = new MongoTemplate(client, "test");
		staff = new StaffDirectory(mongo, new Pseudonyms("test-secret-0123456789"));
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	StaffRegistration at(Instant instant) {
		return new StaffRegistration(mongo, staff, Clock.fixed(instant, ZoneOffset.UTC));
	}

	@Test
	void aCodeIsEasyToTypeAndStoredOnlyAsItsHash() {
		var issued = at(NOW).issue("PKT", Role.STAFF, StaffRegistration.DEFAULT_VALIDITY);
		assertThat(issued.code()).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
		assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
		Document stored = mongo.getCollection("staff_codes").find().first();
		assertThat(stored.toJson()).doesNotContain(issued.code()).doesNotContain(issued.code().replace("-", ""));
		assertThat(stored.getString("_id")).isEqualTo(StaffRegistration.hash(issued.code().replace("-", "")));
	}

	@Test
	void registersWithTheCodeTypedLooselyAndOnlyOnce() {
		var issued = at(NOW).issue("PKT", Role.ADMIN, Duration.ofHours(72));
		String typed = " " + issued.code().toLowerCase().replace("-", " ") + " ";
		Optional<StaffMember> member = at(NOW.plusSeconds(60)).register("U-alice", typed);
		assertThat(member).hasValueSatisfying(m -> {
			assertThat(m.agency()).isEqualTo("PKT");
			assertThat(m.role()).isEqualTo(Role.ADMIN);
			assertThat(m.id()).isEqualTo(staff.staffKey("U-alice")).isNotEqualTo("U-alice");
		});
		assertThat(at(NOW.plusSeconds(120)).register("U-bob", issued.code())).isEmpty();
		assertThat(staff.find("U-bob")).isEmpty();
		assertThat(mongo.getCollection("staff_codes").countDocuments()).isZero();
	}

	@Test
	void anExpiredCodeFailsEvenThoughTheDatabaseStillHoldsIt() {
		var issued = at(NOW).issue("PKT", Role.STAFF, Duration.ofHours(72));
		assertThat(at(NOW.plus(Duration.ofHours(72))).register("U-late", issued.code())).isEmpty();
		assertThat(staff.find("U-late")).isEmpty();
		assertThat(at(NOW.plus(Duration.ofHours(72))).forgetExpired()).isEqualTo(1);
	}

	@Test
	void aCodeWorksUpToItsLastMoment() {
		var issued = at(NOW).issue("PKT", Role.STAFF, Duration.ofHours(72));
		assertThat(at(NOW.plus(Duration.ofHours(72)).minusMillis(1)).register("U-just", issued.code())).isPresent();
	}

	@Test
	void twoInstancesRedeemingTheSameCodeAtOnceRegisterOnlyOne() throws Exception {
		var issued = at(NOW).issue("PKT", Role.STAFF, Duration.ofHours(72));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> attempts = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String user = "U-" + i;
				attempts.add(() -> at(NOW).register(user, issued.code()).isPresent());
			}
			long winners = 0;
			for (Future<Boolean> f : pool.invokeAll(attempts)) {
				winners += f.get() ? 1 : 0;
			}
			assertThat(winners).isEqualTo(1);
			assertThat(mongo.getCollection("staff").countDocuments()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void wrongLengthOrUnknownCodesFail() {
		at(NOW).issue("PKT", Role.STAFF, Duration.ofHours(72));
		assertThat(at(NOW).register("U-x", "ABC")).isEmpty();
		assertThat(at(NOW).register("U-x", "ABCD-EFGH")).isEmpty();
		assertThat(at(NOW).register("U-x", null)).isEmpty();
		assertThat(mongo.getCollection("staff_codes").countDocuments()).isEqualTo(1);
	}
}
