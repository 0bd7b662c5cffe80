package th.ita.survey.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

	static Optional<StaffMember> registered(StaffRegistration.Outcome outcome) {
		return outcome instanceof StaffRegistration.Outcome.Registered r ? Optional.of(r.member()) : Optional.empty();
	}

	@Test
	void aCodeIsEasyToTypeAndStoredOnlyAsItsHash() {
		var issued = at(NOW).issue("PKT", Set.of(Role.VIEWER), StaffRegistration.DEFAULT_VALIDITY);
		assertThat(issued.code()).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
		assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
		Document stored = mongo.getCollection("staff_codes").find().first();
		assertThat(stored.toJson()).doesNotContain(issued.code()).doesNotContain(issued.code().replace("-", ""));
		assertThat(stored.getString("_id")).isEqualTo(StaffRegistration.hash(issued.code().replace("-", "")));
	}

	@Test
	void registersWithTheCodeTypedLooselyAndOnlyOnce() {
		var issued = at(NOW).issue("PKT", Set.of(Role.PROVINCE_ADMIN), Duration.ofHours(72));
		String typed = " " + issued.code().toLowerCase().replace("-", " ") + " ";
		Optional<StaffMember> member = registered(at(NOW.plusSeconds(60)).register("U-alice", typed));
		assertThat(member).hasValueSatisfying(m -> {
			assertThat(m.agency()).isEqualTo("PKT");
			assertThat(m.roles()).containsExactly(Role.PROVINCE_ADMIN);
			assertThat(m.id()).isEqualTo(staff.staffKey("U-alice")).isNotEqualTo("U-alice");
		});
		assertThat(registered(at(NOW.plusSeconds(120)).register("U-bob", issued.code()))).isEmpty();
		assertThat(staff.find("U-bob")).isEmpty();
		assertThat(mongo.getCollection("staff_codes").countDocuments()).isZero();
	}

	@Test
	void anExpiredCodeFailsEvenThoughTheDatabaseStillHoldsIt() {
		var issued = at(NOW).issue("PKT", Set.of(Role.VIEWER), Duration.ofHours(72));
		assertThat(registered(at(NOW.plus(Duration.ofHours(72))).register("U-late", issued.code()))).isEmpty();
		assertThat(staff.find("U-late")).isEmpty();
		assertThat(at(NOW.plus(Duration.ofHours(72))).forgetExpired()).isEqualTo(1);
	}

	@Test
	void aCodeWorksUpToItsLastMoment() {
		var issued = at(NOW).issue("PKT", Set.of(Role.VIEWER), Duration.ofHours(72));
		assertThat(registered(at(NOW.plus(Duration.ofHours(72)).minusMillis(1)).register("U-just", issued.code()))).isPresent();
	}

	@Test
	void twoInstancesRedeemingTheSameCodeAtOnceRegisterOnlyOne() throws Exception {
		var issued = at(NOW).issue("PKT", Set.of(Role.VIEWER), Duration.ofHours(72));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> attempts = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String user = "U-" + i;
				attempts.add(() -> registered(at(NOW).register(user, issued.code())).isPresent());
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
		at(NOW).issue("PKT", Set.of(Role.VIEWER), Duration.ofHours(72));
		assertThat(registered(at(NOW).register("U-x", "ABC"))).isEmpty();
		assertThat(registered(at(NOW).register("U-x", "ABCD-EFGH"))).isEmpty();
		assertThat(registered(at(NOW).register("U-x", null))).isEmpty();
		assertThat(mongo.getCollection("staff_codes").countDocuments()).isEqualTo(1);
	}

	@Test
	void concurrentGuessesFromOnePersonStopAtTheDailyLimit() throws Exception {
		StaffRegistration registration = new StaffRegistration(mongo, staff, Clock.fixed(NOW, ZoneOffset.UTC), 5);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<StaffRegistration.Outcome>> guesses = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				guesses.add(() -> registration.register("U-guesser", "ZZZZ-ZZZZ"));
			}
			long looked = 0;
			long limited = 0;
			for (Future<StaffRegistration.Outcome> f : pool.invokeAll(guesses)) {
				looked += f.get() instanceof StaffRegistration.Outcome.Refused ? 1 : 0;
				limited += f.get() instanceof StaffRegistration.Outcome.TooManyAttempts ? 1 : 0;
			}
			assertThat(looked).isEqualTo(5);
			assertThat(limited).isEqualTo(35);
		}
		finally {
			pool.shutdownNow();
		}
		// even the right code is not looked at once the day's attempts are used; tomorrow it works
		var issued = at(NOW).issue("PKT", Set.of(Role.VIEWER), Duration.ofHours(72));
		assertThat(registration.register("U-guesser", issued.code())).isInstanceOf(StaffRegistration.Outcome.TooManyAttempts.class);
		assertThat(new StaffRegistration(mongo, staff, Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC), 5)
			.register("U-guesser", issued.code())).isInstanceOf(StaffRegistration.Outcome.Registered.class);
		assertThat(registration.register("U-other", "ZZZZ-ZZZZ")).isInstanceOf(StaffRegistration.Outcome.Refused.class);
	}

	@Test
	void theBootstrapCodeMakesTheFirstProvinceAdminAndIsReplacedAtEachStartUntilUsed() {
		var first = at(NOW).bootstrap("PKT").orElseThrow();
		var second = at(NOW.plusSeconds(60)).bootstrap("PKT").orElseThrow();
		assertThat(registered(at(NOW.plus(Duration.ofDays(400))).register("U-old", first.code()))).isEmpty();
		StaffMember admin = registered(at(NOW.plus(Duration.ofDays(400))).register("U-root", second.code())).orElseThrow();
		assertThat(admin.roles()).containsExactly(Role.PROVINCE_ADMIN);
		assertThat(admin.may(Role.AGENCY_ADMIN, "ANY")).isTrue();
		assertThat(admin.may(Role.COMPLAINT_OFFICER, "PKT")).isFalse();
		assertThat(at(NOW).bootstrap("PKT")).isEmpty();
		assertThat(mongo.getCollection("staff_codes").countDocuments()).isZero();
	}

	@Test
	void staffOfTheSingleRoleEraKeepWhatTheyCouldDo() {
		mongo.getCollection("staff").insertOne(new Document("_id", "aaaa1111").append("agency", "PKT").append("role", "STAFF"));
		mongo.getCollection("staff").insertOne(new Document("_id", "bbbb2222").append("agency", "PKT").append("role", "ADMIN"));
		mongo.getCollection("staff_codes").insertOne(new Document("_id", "cccc").append("agency", "PKT").append("role", "STAFF"));
		assertThat(staff.migrateLegacyRoles()).isEqualTo(3);
		assertThat(staff.migrateLegacyRoles()).isZero();
		StaffMember old = staff.findByKey("aaaa1111").orElseThrow();
		assertThat(old.roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.OIT_EDITOR, Role.COMPLAINT_OFFICER);
		assertThat(old.may(Role.AGENCY_ADMIN, "PKT")).isFalse();
		StaffMember admin = staff.findByKey("bbbb2222").orElseThrow();
		assertThat(admin.provinceAdmin()).isTrue();
		assertThat(admin.may(Role.COMPLAINT_OFFICER, "HRD")).isTrue();
		assertThat(mongo.getCollection("staff").find(new Document("role", new Document("$exists", true))).first()).isNull();
	}
}
