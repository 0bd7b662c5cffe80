package th.ita.bot.staff;

import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.scores.LiveScores;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code recount}: the live counters against a full recount of the raw responses. */
class RecountCommandIntegrationTests extends BotIntegrationTest {

	@Autowired
	SurveyService surveys;

	@Autowired
	LiveScores scores;

	// the seed instrument: these tests run on the shipped 2563 only
	Scheme scheme = Scheme.load(2563);

	@Autowired
	AgencyDirectory agencies;

	@Autowired
	RecountCommand recount;

	@Test
	void countersThatAgreeWithTheResponsesExitZeroAndADriftedCounterExitsNonZero() {
		String code = StaffFixture.newAgencyCode("RC");
		agencies.save(new Agency(code, "หน่วยงานทดสอบการนับซ้ำ", "x", null, null));
		int year = scores.currentFiscalYear();
		Random random = new Random(5);
		StaffFixture.storeResponses(mongo, surveys, scheme, code, year, Tool.IIT, 8, random, new Tally());
		StaffFixture.storeResponses(mongo, surveys, scheme, code, year, Tool.EIT, 6, random, new Tally());

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
