package th.ita.survey.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImprovementPlanTests {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		client = MongoClients.create(server.bindAndGetConnectionString());
		mongo = new MongoTemplate(client, "test");
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	ImprovementPlan on(LocalDate day) {
		return new ImprovementPlan(mongo, Clock.fixed(day.atTime(10, 0).atZone(BANGKOK).toInstant(), BANGKOK));
	}

	static ImprovementPlan.Draft draft(String measure) {
		return new ImprovementPlan.Draft("10", measure, "วิธี", "กลุ่มงานอำนวยการ", null);
	}

	@Test
	void followUpsAreFirstAprilAndFirstOctoberOfTheFiscalYear() {
		assertThat(FollowUps.of(2564)).containsExactly(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 10, 1));
		assertThat(FollowUps.dueFor(2564, LocalDate.of(2020, 11, 5))).isEqualTo(LocalDate.of(2021, 4, 1));
		assertThat(FollowUps.dueFor(2564, LocalDate.of(2021, 4, 2))).isEqualTo(LocalDate.of(2021, 10, 1));
		assertThat(FollowUps.dueFor(2564, LocalDate.of(2021, 12, 1))).as("late: the last").isEqualTo(LocalDate.of(2021, 10, 1));
		assertThat(FollowUps.start(2564)).isEqualTo(LocalDate.of(2020, 10, 1));
		assertThat(FollowUps.end(2564)).isEqualTo(LocalDate.of(2021, 9, 30));
	}

	@Test
	void aMeasureNeedsItsMeasureMethodAndResponsibleAndLongTextIsCut() {
		assertThatThrownBy(() -> new ImprovementPlan.Draft("1", " ", "วิธี", "ผู้รับผิดชอบ", null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(draft("ก".repeat(5000)).measure()).hasSize(ImprovementPlan.MAX_TEXT);
	}

	@Test
	void twoStaffAddingAtOnceGetDifferentNumbersAndAConfirmationIsTakenOnce() throws Exception {
		ImprovementPlan plan = on(LocalDate.of(2026, 11, 20));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Measure>> added = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				int n = i;
				added.add(pool.submit(() -> plan.add("PKT", 2570, draft("มาตรการ " + n), "key")));
			}
			List<Integer> numbers = new ArrayList<>();
			for (Future<Measure> f : added) {
				numbers.add(f.get().number());
			}
			assertThat(numbers).doesNotHaveDuplicates().hasSize(16);
			assertThat(plan.of("PKT", 2570)).extracting(Measure::number).containsExactly(
					1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

			plan.hold(new PendingChange("staff-1", PendingChange.Kind.ADD, "PKT", 2570, 0, draft("x"), null,
					Instant.parse("2026-11-20T04:00:00Z")));
			List<Callable<Optional<PendingChange>>> taps = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				taps.add(() -> plan.takePending("staff-1"));
			}
			long taken = 0;
			for (Future<Optional<PendingChange>> f : pool.invokeAll(taps)) {
				taken += f.get().isPresent() ? 1 : 0;
			}
			assertThat(taken).as("eight taps on ยืนยัน confirm once").isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aWaitingChangeExpires() {
		ImprovementPlan plan = on(LocalDate.of(2026, 11, 20));
		plan.hold(new PendingChange("staff-2", PendingChange.Kind.ADD, "PKT", 2570, 0, draft("x"), null,
				Instant.parse("2026-11-20T02:00:00Z"))); // before the clock's 03:00 UTC
		assertThat(plan.takePending("staff-2")).isEmpty();
	}

	@Test
	void aFollowUpIsDueWithinTheNoticeUntilProgressIsReportedAndIsClaimedOnce() {
		LocalDate april = LocalDate.of(2027, 4, 1);
		on(LocalDate.of(2026, 11, 20)).add("PKT", 2570, draft("มาตรการ"), "key");
		assertThat(on(april.minusDays(8)).dueWithin(Period.ofDays(7))).isEmpty();
		List<ImprovementPlan.Due> due = on(april.minusDays(7)).dueWithin(Period.ofDays(7));
		assertThat(due).singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(april));
		ImprovementPlan plan = on(april.minusDays(7));
		assertThat(plan.claimReminder(due.get(0))).isTrue();
		assertThat(plan.claimReminder(due.get(0))).as("a second instance").isFalse();
		assertThat(plan.dueWithin(Period.ofDays(7))).isEmpty();

		// October: reported already, so no reminder
		LocalDate october = LocalDate.of(2027, 10, 1);
		on(october.minusDays(20)).report("PKT", 2570, 1, "ดำเนินการแล้ว");
		assertThat(plan.find("PKT", 2570, 1).orElseThrow().progress()).singleElement()
			.satisfies(p -> assertThat(p.due()).isEqualTo(october));
		assertThat(on(october.minusDays(2)).dueWithin(Period.ofDays(7))).isEmpty();
	}
}
