package th.ita.survey.anonymity;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.ita.survey.complaint.Category;
import th.ita.survey.complaint.ComplaintCommand;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.ComplaintStep;
import th.ita.survey.complaint.EvidencePhotos;
import th.ita.survey.complaint.TestJpegs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of an operator who knows "X filed around 10:00, the first of the day": with one insert
 * per filing, the first complaint of the day in natural order was X's. Complaints (each with a photo)
 * and opinions are filed here through the real conversation, one every two minutes, on the in-memory
 * server (which keeps insertion order, as MongoDB does); then the dump is read in natural order.
 */
class FilingOrderLinkingTests {

	static final int PEOPLE = 40;

	final SurveyRig rig = new SurveyRig("FOL", null);

	final ComplaintService service = rig.complaints();

	@AfterEach
	void stop() {
		rig.close();
	}

	@Test
	void naturalOrderIdsAndFieldsDoNotGiveTheFilingOrderOfComplaintsOpinionsOrPhotos() {
		ListAppender<ILoggingEvent> logs = rig.captureLogs();
		LocalDate day = LocalDate.now(rig.clock);
		for (int i = 0; i < PEOPLE; i++) {
			String complainant = String.format("U%032x", 2 * i);
			service.handle(complainant, new ComplaintCommand.StartComplaint("FOL"));
			service.handle(complainant, new ComplaintCommand.PickCategory(Category.OTHER));
			service.handle(complainant, new ComplaintCommand.Text("เรื่องร้องเรียน #" + i + "#"));
			byte[] photo = TestJpegs.plain(16 + i, 16);
			assertThat(service.handle(complainant, new ComplaintCommand.Photo(max -> photo)))
				.isInstanceOf(ComplaintStep.Collecting.class);
			service.handle(complainant, new ComplaintCommand.Done());
			assertThat(service.handle(complainant, new ComplaintCommand.Confirm())).isInstanceOf(ComplaintStep.Filed.class);
			rig.clock.advance(Duration.ofMinutes(1));

			String citizen = String.format("U%032x", 2 * i + 1);
			service.handle(citizen, new ComplaintCommand.StartOpinion("FOL"));
			service.handle(citizen, new ComplaintCommand.PickTopic(null));
			assertThat(service.handle(citizen, new ComplaintCommand.Text("ความคิดเห็น #" + i + "#")))
				.isInstanceOf(ComplaintStep.OpinionSent.class);
			rig.clock.advance(Duration.ofMinutes(1));
		}
		assertThat(LocalDate.now(rig.clock)).as("all filed on one day").isEqualTo(day);

		// the dump, in natural order: the filing sequence of each stored complaint, opinion and photo
		List<Integer> complaints = new ArrayList<>();
		Map<String, Integer> photoSequence = new HashMap<>();
		for (Document c : filled("complaints")) {
			int seq = sequence(c.getString("text"));
			complaints.add(seq);
			photoSequence.put(c.getList("photoIds", String.class).get(0), seq);
		}
		List<Integer> opinions = filled("opinions").stream().map(o -> sequence(o.getString("text"))).toList();
		List<Integer> photoFiles = filled(EvidencePhotos.BUCKET + ".files").stream()
			.map(f -> photoSequence.get(f.getString("_id")))
			.toList();
		List<Integer> photoChunks = filled(EvidencePhotos.BUCKET + ".chunks").stream()
			.map(c -> photoSequence.get(c.getString("files_id")))
			.toList();
		// and sorted by id or by case number, the other orders a dump offers
		List<Integer> byId = sortedBy("complaints", "_id");
		List<Integer> byCaseNumber = sortedBy("complaints", "caseNumber");
		List<Integer> opinionsById = sortedBy("opinions", "_id");

		Map<String, List<Integer>> orders = new java.util.LinkedHashMap<>();
		orders.put("complaints in natural order", complaints);
		orders.put("opinions in natural order", opinions);
		orders.put("photo files in natural order", photoFiles);
		orders.put("photo chunks in natural order", photoChunks);
		orders.put("complaints by id", byId);
		orders.put("complaints by case number", byCaseNumber);
		orders.put("opinions by id", opinionsById);
		for (Map.Entry<String, List<Integer>> order : orders.entrySet()) {
			List<Integer> seq = order.getValue();
			assertThat(seq).as(order.getKey()).hasSize(PEOPLE).doesNotHaveDuplicates().doesNotContainNull();
			double rho = spearman(seq);
			long inPlace = java.util.stream.IntStream.range(0, PEOPLE).filter(p -> seq.get(p) == p).count();
			// one filing order out of 40! permutations: under chance rho has a standard deviation of
			// 1/sqrt(39) = 0.16 and about one filing sits at its own place. One insert per filing gives
			// rho = 1 and 40 in place.
			assertThat(Math.abs(rho)).as(order.getKey() + ": rank correlation with the filing order").isLessThan(0.7);
			assertThat(inPlace).as(order.getKey() + ": filings at their own place").isLessThanOrEqualTo(7);
			// "the first of the day" is not the first stored
			assertThat(seq.subList(0, 3)).as(order.getKey() + ": the first three stored").isNotEqualTo(List.of(0, 1, 2));
		}

		// no field times them finer than the day: no ObjectId, no time of day, dates at a midnight
		Pattern timeOfDay = Pattern.compile("T\\d{2}:\\d{2}|\\b\\d{2}:\\d{2}:\\d{2}\\b");
		for (String collection : List.of("complaints", "opinions", EvidencePhotos.BUCKET + ".files",
				EvidencePhotos.BUCKET + ".chunks", SlotPool.POOLS)) {
			for (Document doc : rig.mongo.getCollection(collection).find()) {
				LinkingAttackTests.scan(collection, doc, value -> {
					assertThat(value).as(collection).isNotInstanceOf(ObjectId.class);
					if (value instanceof java.util.Date d) {
						assertThat(List.of(ZoneId.systemDefault(), ZoneId.of("Asia/Bangkok")))
							.as(collection + " date " + d)
							.anyMatch(z -> d.toInstant().atZone(z).toLocalTime().equals(LocalTime.MIDNIGHT));
					}
					if (value instanceof String str) {
						assertThat(timeOfDay.matcher(str).find()).as(collection + " holds a time of day: " + str).isFalse();
					}
				});
			}
		}
		// nor a log line written while people filed
		assertThat(logs.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
			.filteredOn(e -> e.getLoggerName().startsWith("th.ita"))
			.extracting(ILoggingEvent::getFormattedMessage)
			.as("lines logged while people filed")
			.isEmpty();
	}

	/** Filed documents in natural order (the empty slots around them left out, as an attacker would). */
	List<Document> filled(String collection) {
		return rig.mongo.getCollection(collection)
			.find(new Document(SlotPool.FIELD, SlotPool.FILLED))
			.into(new ArrayList<>());
	}

	List<Integer> sortedBy(String collection, String field) {
		return rig.mongo.getCollection(collection)
			.find(new Document(SlotPool.FIELD, SlotPool.FILLED))
			.sort(new Document(field, 1))
			.into(new ArrayList<>())
			.stream()
			.map(d -> sequence(d.getString("text")))
			.toList();
	}

	static int sequence(String text) {
		return Integer.parseInt(text.substring(text.indexOf('#') + 1, text.lastIndexOf('#')));
	}

	/** Spearman's rank correlation between position and value (a permutation of 0..n-1). */
	static double spearman(List<Integer> seq) {
		int n = seq.size();
		double d2 = 0;
		for (int position = 0; position < n; position++) {
			double d = position - seq.get(position);
			d2 += d * d;
		}
		return 1 - 6 * d2 / ((double) n * ((double) n * n - 1));
	}
}
