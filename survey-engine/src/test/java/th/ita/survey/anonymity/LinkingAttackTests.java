package th.ita.survey.anonymity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import th.ita.scoring.Tool;
import th.ita.survey.anonymity.Pseudonyms.Purpose;
import th.ita.survey.conversation.Answer;
import th.ita.survey.conversation.FiscalYear;
import th.ita.survey.conversation.SurveyCommand;
import th.ita.survey.conversation.SurveyStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of issue 13, played by someone who holds the whole database, the logs, the anonymity
 * secret and the list of people who might have answered: compute each candidate's "already
 * answered" mark, read marks and answer sheets in natural (insertion) order, pair them up. On the
 * old layout this linked every respondent to their sheet; it must now do no better than chance.
 */
class LinkingAttackTests {

	static final int RESPONDENTS = 30;

	static final String AGENCY = "LNK";

	SurveyRig rig;

	ListAppender<ILoggingEvent> logs = new ListAppender<>();

	Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	/** What each person answered, known to the test (and to nobody else). */
	Map<String, List<Answer>> truth = new LinkedHashMap<>();

	int year;

	@BeforeEach
	void answer() {
		rig = new SurveyRig(AGENCY, "LNK2570");
		logs.start();
		root.addAppender(logs);
		year = FiscalYear.of(LocalDate.now(rig.clock));
		Random random = new Random(13);
		for (int i = 0; i < RESPONDENTS; i++) {
			String userId = String.format("U%032d", i);
			truth.put(userId, rig.answerEit(userId, AGENCY, random));
		}
		// one IIT respondent too, with a wrong access code first: the code counters are written near a submit
		String iitUser = "Uiit0000000000000000000000000000";
		rig.surveys.handle(iitUser, new SurveyCommand.Start(Tool.IIT, AGENCY, "WRONG"));
		SurveyStep step = rig.surveys.handle(iitUser, new SurveyCommand.Start(Tool.IIT, AGENCY, "LNK2570"));
		while (step instanceof SurveyStep.Ask ask) {
			step = rig.surveys.handle(iitUser, new SurveyCommand.Choose(Tool.IIT, AGENCY, ask.item().id(),
					ask.item().scale().options().get(0).value()));
		}
		assertThat(rig.surveys.handle(iitUser, new SurveyCommand.Submit())).isInstanceOf(SurveyStep.Submitted.class);
	}

	@AfterEach
	void stop() {
		root.detachAppender(logs);
		rig.close();
	}

	@Test
	void pairingMarksWithSheetsInNaturalOrderLinksNoBetterThanChance() {
		Pseudonyms pseudonyms = new Pseudonyms(SurveyRig.SECRET);
		Map<String, String> candidateByMark = new LinkedHashMap<>();
		truth.keySet().forEach(u -> candidateByMark.put(pseudonyms.of(Purpose.SUBMITTED, u, AGENCY, "EIT", String.valueOf(year)), u));

		// the marks in the order the database returns them, each turned back into a candidate
		List<String> markedInOrder = new ArrayList<>();
		for (Document doc : rig.mongo.getCollection("submission_marks").find()) {
			for (String mark : doc.getList("keys", String.class)) {
				if (candidateByMark.containsKey(mark)) {
					markedInOrder.add(candidateByMark.get(mark));
				}
			}
		}
		// every candidate is found: the mark must say "answered", that is its job
		assertThat(markedInOrder).hasSize(RESPONDENTS);

		// the EIT sheets in the order the database returns them
		List<List<Answer>> sheetsInOrder = new ArrayList<>();
		for (Document bucket : rig.mongo.getCollection("responses").find(new Document("tool", "EIT"))) {
			for (Document sheet : bucket.getList("sheets", Document.class)) {
				sheetsInOrder.add(sheet.getList("answers", Document.class).stream()
					.map(a -> new Answer(a.getString("item"), a.getString("value")))
					.toList());
			}
		}
		assertThat(sheetsInOrder).hasSize(RESPONDENTS);

		int linked = 0;
		for (int i = 0; i < RESPONDENTS; i++) {
			if (truth.get(markedInOrder.get(i)).equals(sheetsInOrder.get(i))) {
				linked++;
			}
		}
		// a random pairing gets 1 right on average; 8 or more happens about once in 100,000 runs
		assertThat(linked).as("respondents linked to their sheet by natural order").isLessThanOrEqualTo(7);

		// and the same attack in submit order (what the old layout gave away) finds nothing either:
		// the database does not hold that order
		List<String> submitOrder = new ArrayList<>(truth.keySet());
		assertThat(markedInOrder).as("marks are not kept in submit order").isNotEqualTo(submitOrder);
	}

	@Test
	void everyStoredListIsOrderedByARandomKeyOrAHashNeverByArrival() {
		for (Document bucket : rig.mongo.getCollection("responses").find()) {
			List<String> keys = bucket.getList("sheets", Document.class).stream().map(s -> s.getString("k")).toList();
			assertThat(keys).as("sheets of " + bucket.get("_id")).isSorted();
			keys.forEach(k -> assertThat(k).matches("[0-9a-f]{32}"));
			assertThat(bucket.keySet()).isSubsetOf("_id", "agency", "fiscalYear", "tool", "v", "n", "counts", "days",
					"sheets");
		}
		for (Document bucket : rig.mongo.getCollection("submission_marks").find()) {
			assertThat(bucket.getList("keys", String.class)).as("marks of " + bucket.get("_id")).isSorted();
		}
		// buckets are all there from the first submit of a form on: none is created by a later arrival
		assertThat(rig.mongo.getCollection("responses").countDocuments(new Document("tool", "EIT"))).isEqualTo(64);
		assertThat(rig.mongo.getCollection("submission_marks").countDocuments()).isEqualTo(64);
	}

	@Test
	void nothingStoredTimesAResponseFinerThanTheDay() {
		ZoneId bangkok = ZoneId.of("Asia/Bangkok");
		Pattern timeOfDay = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\b\\d{2}:\\d{2}:\\d{2}\\b");
		for (String collection : rig.mongo.getCollectionNames()) {
			for (Document doc : rig.mongo.getCollection(collection).find()) {
				scan(collection + " " + doc.get("_id"), doc, value -> {
					assertThat(value).as(collection).isNotInstanceOf(ObjectId.class);
					if (value instanceof Date d) {
						// only expiry dates of the daily attempt counters, and those at midnight
						assertThat(d.toInstant().atZone(bangkok).toLocalTime()).as(collection + " date")
							.isEqualTo(LocalTime.MIDNIGHT);
					}
					if (value instanceof String s) {
						assertThat(timeOfDay.matcher(s).find()).as(collection + " holds a time of day: " + s).isFalse();
					}
				});
			}
		}
		// and no session, which would hold a pseudonym next to answers, outlives the submits
		assertThat(rig.mongo.getCollection("survey_sessions").countDocuments()).isZero();
	}

	@Test
	void logsCountSubmitsPerDayInsteadOfTimingEach() {
		List<ILoggingEvent> duringSubmits = List.copyOf(logs.list);
		assertThat(duringSubmits).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
			.filteredOn(e -> e.getLoggerName().startsWith("th.ita"))
			.as("lines logged while people submitted")
			.isEmpty();

		rig.clock.advance(Duration.ofDays(1));
		rig.surveys.recover();
		assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.contains(LocalDate.now(rig.clock).minusDays(1) + ": " + RESPONDENTS + " EIT responses for " + AGENCY)
			.contains(LocalDate.now(rig.clock).minusDays(1) + ": 1 IIT responses for " + AGENCY);
	}

	static void scan(String where, Object value, java.util.function.Consumer<Object> check) {
		check.accept(value);
		if (value instanceof Document d) {
			d.forEach((k, v) -> scan(where + "." + k, v, check));
		}
		else if (value instanceof List<?> l) {
			l.forEach(v -> scan(where, v, check));
		}
	}
}
