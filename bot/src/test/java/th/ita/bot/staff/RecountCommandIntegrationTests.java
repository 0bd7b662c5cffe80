package th.ita.bot.staff;

import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code recount}: the live counters against a full recount of the raw responses. */
class RecountCommandIntegrationTests extends BotIntegrationTest {

	@Autowired
	RecountCommand recount;

	@Test
	void countersThatAgreeWithTheResponsesExitZeroAndADriftedCounterExitsNonZero() {
		String code = testAgencies.create("RC", "หน่วยงานทดสอบการนับซ้ำ");
		int year = testAgencies.year();
		Random random = new Random(5);
		testAgencies.respondAtRandom(code, Tool.IIT, 8, random, new Tally());
		testAgencies.respondAtRandom(code, Tool.EIT, 6, random, new Tally());

		StaffFixture.Printed ok = StaffFixture.run(recount::run, "--agency", code);
		assertThat(ok.status()).as(ok.out() + ok.err()).isZero();
		assertThat(ok.out()).contains(code + " " + year + ": ตรงกัน (IIT n=8, EIT n=6");

		// one answer counted twice in the live counters (what a lost idempotency check would do)
		Document iitBucket = new Document("agency", code).append("tool", "IIT").append("n", new Document("$gt", 0));
		mongo.getCollection("responses").updateOne(iitBucket, new Document("$inc", new Document("counts.i1_1.o0", 1)));
		StaffFixture.Printed drifted = StaffFixture.run(recount::run, "--agency", code, "--year", String.valueOf(year));
		assertThat(drifted.status()).isEqualTo(1);
		assertThat(drifted.out()).contains(code + " " + year + ": ไม่ตรงกัน").contains("item i1.1 counts:");

		// a response stored and counted behind the counters' back: n differs
		mongo.getCollection("responses").updateOne(iitBucket, new Document("$inc", new Document("counts.i1_1.o0", -1)));
		assertThat(StaffFixture.run(recount::run, "--agency", code).status()).isZero();
		mongo.getCollection("responses").updateOne(new Document("agency", code).append("tool", "EIT")
			.append("n", new Document("$gt", 0)), new Document("$inc", new Document("n", 1)));
		StaffFixture.Printed moreN = StaffFixture.run(recount::run, "--agency", code);
		assertThat(moreN.status()).isEqualTo(1);
		assertThat(moreN.out()).contains("EIT n: 7 / 6");
	}

	@Test
	void unknownAgencyOrOptionIsAUsageError() {
		assertThat(StaffFixture.run(recount::run, "--agency", "NOSUCHAGENCY").status()).isEqualTo(65);
		StaffFixture.Printed bad = StaffFixture.run(recount::run, "--colour", "red");
		assertThat(bad.status()).isEqualTo(64);
		assertThat(bad.err()).contains("unknown option --colour").contains("usage: recount");
	}
}
