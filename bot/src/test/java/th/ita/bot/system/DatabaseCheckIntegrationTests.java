package th.ita.bot.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.response.TallyStore;
import th.ita.survey.scores.LiveScores;

import static org.assertj.core.api.Assertions.assertThat;

/** db-check on what the chat stored, and on the damage it must notice. Its own, empty database. */
@TestPropertySource(properties = "ita.agencies-cache=PT0.5S")
class DatabaseCheckIntegrationTests extends BotIntegrationTest {

	// the seed instrument: these tests run on the shipped 2563 only
	Scheme scheme = Scheme.load(2563);

	@Autowired
	TallyStore tallies;

	@Autowired
	LiveScores scores;

	DatabaseCheck check;

	/** What the person answered, in db-check's expected-answers form. */
	final Map<String, Long> expected = new HashMap<>();

	String userId;

	@BeforeEach
	void oneCompletedEit() {
		check = new DatabaseCheck(mongo, tallies, agencies);
		mongo.getDb().drop();
		agencies.importMissing(new org.springframework.core.io.ClassPathResource("agencies.json"));
		userId = "Udbcheck" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
		ChatUser p = person(userId);
		p.says("EIT PKT");
		List<Item> items = scheme.form(Tool.EIT).items();
		for (int i = 0; i < items.size(); i++) {
			int option = i % items.get(i).scale().options().size();
			p.taps(items.get(i).scale().options().get(option).label());
			expected.put("EIT " + items.get(i).id() + " " + option, 1L);
		}
		p.taps("✅ ส่งแบบประเมิน");
		expected.put("EIT n", 1L);
	}

	DatabaseCheck.Report run() {
		return check.check(List.of("PKT"), scores.currentFiscalYear(), expected, List.of(userId));
	}

	@Test
	void whatTheChatStoredPasses() {
		DatabaseCheck.Report report = run();
		assertThat(report.problems()).isEmpty();
		DatabaseCheck.FormCounts eit = report.forms().stream().filter(f -> f.tool() == Tool.EIT).findFirst().orElseThrow();
		assertThat(eit.stored()).isEqualTo(1);
		assertThat(eit.counterN()).isEqualTo(1);
		assertThat(eit.recountN()).isEqualTo(1);
		assertThat(eit.countsEqual()).isTrue();
		assertThat(report.submissionMarks()).isEqualTo(1);
	}

	/** The one bucket holding the sheet the chat stored (the other 63 of the form are empty). */
	Document bucket() {
		return mongo.getCollection("responses").find(new Document("n", 1)).first();
	}

	@Test
	void aResponseNamingAnItemOfAnotherFormIsReported() {
		Document stored = bucket();
		List<Document> answers = stored.getList("sheets", Document.class).get(0).getList("answers", Document.class);
		answers.get(0).put("item", "i1.1");
		mongo.getCollection("responses").replaceOne(new Document("_id", stored.get("_id")), stored);
		assertThat(run().problems()).anyMatch(p -> p.contains("is not in the EIT"));
	}

	@Test
	void anExtraFieldOrAValueOutsideTheScaleIsReported() {
		Document stored = bucket();
		Document sheet = stored.getList("sheets", Document.class).get(0);
		sheet.put("lineUserId", "U123");
		mongo.getCollection("responses").replaceOne(new Document("_id", stored.get("_id")), stored);
		assertThat(run().problems()).anyMatch(p -> p.contains("unexpected fields [lineUserId]"));
		sheet.remove("lineUserId");
		sheet.getList("answers", Document.class).get(0).put("value", "99");
		mongo.getCollection("responses").replaceOne(new Document("_id", stored.get("_id")), stored);
		assertThat(run().problems()).anyMatch(p -> p.contains("value 99 is not an option"));
	}

	@Test
	void countersThatDisagreeWithTheResponsesAreReported() {
		mongo.getCollection("responses").updateOne(new Document("_id", bucket().get("_id")), new Document("$inc",
				new Document("counts.e1_1.o3", 1)));
		assertThat(run().problems()).anyMatch(p -> p.contains("counters differ from the recount"))
			.anyMatch(p -> p.startsWith("expected EIT e1.1 3 = 0, counters hold 1"));
	}

	@Test
	void aDuplicatedResponseIsReported() {
		Document stored = bucket();
		Document copy = new Document(stored.getList("sheets", Document.class).get(0));
		copy.put("k", UUID.randomUUID().toString().replace("-", ""));
		mongo.getCollection("responses").updateOne(new Document("_id", stored.get("_id")),
				new Document("$push", new Document("sheets", copy)));
		assertThat(run().problems()).anyMatch(p -> p.contains("2 stored responses but counter n = 1"))
			.anyMatch(p -> p.contains("1 \"already answered\" marks but 2 responses"));
	}

	@Test
	void aForbiddenStringAnywhereIsReported() {
		mongo.getCollection("survey_sessions").insertOne(new Document("_id", "x").append("note", userId));
		assertThat(run().problems()).anyMatch(p -> p.contains("collection survey_sessions holds"));
	}
}
