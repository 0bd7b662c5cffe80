package th.ita.survey.anonymity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.ita.survey.anonymity.Pseudonyms.Purpose;
import th.ita.survey.complaint.Category;
import th.ita.survey.complaint.ComplaintCommand;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.ComplaintStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linking attack on complaints: the daily COMPLAINT counter of a person is first used at the
 * moment of filing, so counters kept one document each, in natural order, paired with the
 * complaints in natural or case-number order. Counters are now kept sorted by key in buckets
 * created at once, and case numbers are random.
 */
class ComplaintLinkingAttackTests {

	static final int COMPLAINANTS = 24;

	final SurveyRig rig = new SurveyRig("CLA", null);

	final ComplaintService complaints = rig.complaints();

	@AfterEach
	void stop() {
		rig.close();
	}

	@Test
	void pairingDailyCountersWithComplaintsLinksNoBetterThanChance() {
		ListAppender<ILoggingEvent> logs = rig.captureLogs();
		Map<String, String> textOf = new LinkedHashMap<>();
		for (int i = 0; i < COMPLAINANTS; i++) {
			String userId = String.format("U%032d", i);
			String text = "เรื่องร้องเรียนที่ " + i + " ของผู้ทดสอบ";
			complaints.handle(userId, new ComplaintCommand.StartComplaint("CLA"));
			complaints.handle(userId, new ComplaintCommand.PickCategory(Category.OTHER));
			complaints.handle(userId, new ComplaintCommand.Text(text));
			complaints.handle(userId, new ComplaintCommand.Done());
			assertThat(complaints.handle(userId, new ComplaintCommand.Confirm())).isInstanceOf(ComplaintStep.Filed.class);
			textOf.put(userId, text);
			rig.clock.advance(Duration.ofMinutes(4));
		}
		assertThat(logs.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
			.filteredOn(e -> e.getLoggerName().startsWith("th.ita"))
			.as("lines logged while people filed")
			.isEmpty();

		Pseudonyms pseudonyms = new Pseudonyms(SurveyRig.SECRET);
		String day = LocalDate.now(rig.clock).toString();
		Map<String, String> candidateByKey = new LinkedHashMap<>();
		textOf.keySet().forEach(u -> candidateByKey.put(pseudonyms.of(Purpose.RATE_LIMIT, u, "COMPLAINT", day), u));
		List<String> countedInOrder = new ArrayList<>();
		for (Document bucket : rig.mongo.getCollection("rate_limits").find()) {
			for (Document e : bucket.getList("entries", Document.class)) {
				if (candidateByKey.containsKey(e.getString("k"))) {
					countedInOrder.add(candidateByKey.get(e.getString("k")));
				}
			}
		}
		assertThat(countedInOrder).hasSize(COMPLAINANTS);

		List<Document> inNaturalOrder = rig.mongo.getCollection("complaints").find(new Document("slot", "filled")).into(new ArrayList<>());
		List<Document> byCaseNumber = new ArrayList<>(inNaturalOrder);
		byCaseNumber.sort((a, b) -> a.getString("caseNumber").compareTo(b.getString("caseNumber")));
		for (List<Document> order : List.of(inNaturalOrder, byCaseNumber)) {
			int linked = 0;
			for (int i = 0; i < COMPLAINANTS; i++) {
				if (order.get(i).getString("text").equals(textOf.get(countedInOrder.get(i)))) {
					linked++;
				}
			}
			assertThat(linked).as("complainants linked to their complaint").isLessThanOrEqualTo(7);
		}
		// case numbers do not follow the filing order either
		assertThat(byCaseNumber).isNotEqualTo(inNaturalOrder);

		// nothing stored times a filing finer than the day: no ObjectId, no time of day, dates at a midnight
		java.util.regex.Pattern timeOfDay = java.util.regex.Pattern.compile("T\\d{2}:\\d{2}|\\b\\d{2}:\\d{2}:\\d{2}\\b");
		for (String collection : rig.mongo.getCollectionNames()) {
			for (Document doc : rig.mongo.getCollection(collection).find()) {
				LinkingAttackTests.scan(collection, doc, value -> {
					assertThat(value).as(collection).isNotInstanceOf(org.bson.types.ObjectId.class);
					if (value instanceof java.util.Date d) {
						// LocalDate is stored as the midnight of the JVM's zone, expiries at Bangkok's
						assertThat(List.of(java.time.ZoneId.systemDefault(), java.time.ZoneId.of("Asia/Bangkok")))
							.as(collection + " date " + d)
							.anyMatch(z -> d.toInstant().atZone(z).toLocalTime().equals(java.time.LocalTime.MIDNIGHT));
					}
					if (value instanceof String str) {
						assertThat(timeOfDay.matcher(str).find()).as(collection + " holds a time of day: " + str).isFalse();
					}
				});
			}
		}

		rig.clock.advance(Duration.ofDays(1));
		rig.surveys.recover();
		assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.contains(day + ": " + COMPLAINANTS + " complaints filed for CLA");
	}
}
