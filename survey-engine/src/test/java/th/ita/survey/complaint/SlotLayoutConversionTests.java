package th.ita.survey.complaint;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;

import th.ita.survey.complaint.ComplaintCommand.*;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints, opinions and photos stored one insert each (before storage slots) lie in filing order;
 * at start they are put in a random order with their ids, codes and photos intact, once, and a crash
 * half way is finished by the next start.
 */
class SlotLayoutConversionTests {

	static final int OLD = 40;

	final ComplaintRig rig = ComplaintRig.beforeStart();

	List<ReceiptCode> codes = new ArrayList<>();

	@BeforeEach
	void start() {
		oldLayout();
	}

	@AfterEach
	void stop() {
		rig.close();
	}

	/** What the bot stored before slots: the old indexes, and one insert per filing, in filing order. */
	void oldLayout() {
		rig.mongo.indexOps("complaints").createIndex(new Index("receiptKey", Sort.Direction.ASC).unique().named("receipt"));
		rig.mongo.indexOps("complaints")
			.createIndex(new Index().on("agency", Sort.Direction.ASC).on("caseNumber", Sort.Direction.ASC).unique()
				.named("agency_case"));
		Date day = Date.from(LocalDate.of(2026, 11, 20).atStartOfDay(ZoneId.systemDefault()).toInstant());
		for (int i = 0; i < OLD; i++) {
			ReceiptCode code = rig.receipts.issue();
			codes.add(code);
			String photo = UUID.randomUUID().toString();
			rig.mongo.getCollection(EvidencePhotos.FILES)
				.insertOne(new Document("_id", photo).append("length", 3L).append("chunkSize", 255 * 1024)
					.append("uploadDate", day).append("filename", photo + ".jpg")
					.append("metadata", new Document("_contentType", "image/jpeg").append("attached", true)));
			rig.mongo.getCollection(EvidencePhotos.CHUNKS)
				.insertOne(new Document("_id", photo + "-0").append("files_id", photo).append("n", 0)
					.append("data", new Binary(new byte[] { 1, 2, (byte) i })));
			rig.mongo.getCollection("complaints")
				.insertOne(new Document("_id", UUID.randomUUID().toString()).append("agency", "PKT")
					.append("caseNumber", "C2570-" + (100_000 + i)).append("fiscalYear", 2570).append("category", "OTHER")
					.append("text", "#" + i + "#").append("photoIds", List.of(photo)).append("filedOn", day)
					.append("status", "RECEIVED").append("history", List.of()).append("notes", List.of())
					.append("receiptKey", rig.receipts.lookupKey(code)));
			rig.mongo.getCollection("opinions")
				.insertOne(new Document("_id", UUID.randomUUID().toString()).append("agency", "PKT")
					.append("text", "#" + i + "#").append("submittedOn", day).append("fiscalYear", 2570));
		}
	}

	List<Document> natural(String collection) {
		return rig.mongo.getCollection(collection).find().into(new ArrayList<>());
	}

	static List<Integer> sequence(List<Document> docs) {
		return docs.stream().map(d -> {
			String t = d.getString("text");
			return Integer.parseInt(t.substring(1, t.length() - 1));
		}).toList();
	}

	/** Spearman's rank correlation between position and value (a permutation of 0..n-1). */
	static double spearman(List<Integer> seq) {
		double n = seq.size();
		double d2 = 0;
		for (int position = 0; position < seq.size(); position++) {
			d2 += Math.pow(position - seq.get(position), 2);
		}
		return 1 - 6 * d2 / (n * (n * n - 1));
	}

	@Test
	void oldDocumentsArePutInARandomOrderOnceWithTheirIdsCodesAndPhotos() {
		List<Object> idsBefore = natural("complaints").stream().map(d -> d.get("_id")).sorted().toList();
		rig.service.createIndexes();

		for (String collection : List.of("complaints", "opinions")) {
			List<Integer> seq = sequence(natural(collection));
			assertThat(seq).hasSize(OLD).doesNotHaveDuplicates();
			assertThat(Math.abs(spearman(seq))).as(collection + ": rank correlation with the filing order")
				.isLessThan(0.7);
		}
		assertThat(natural("complaints")).allSatisfy(d -> assertThat(d).containsEntry("slot", "filled"));
		assertThat(natural("complaints").stream().map(d -> d.get("_id")).sorted().toList()).isEqualTo(idsBefore);
		assertThat(natural(EvidencePhotos.FILES)).hasSize(OLD);
		assertThat(rig.mongo.getCollectionNames()).noneMatch(n -> n.endsWith(".reordering"));
		// the unique indexes now skip empty slots
		assertThat(rig.mongo.indexOps("complaints").getIndexInfo()).filteredOn(i -> i.getName().equals("receipt")
				|| i.getName().equals("agency_case")).hasSize(2).allMatch(IndexInfo::isSparse).allMatch(IndexInfo::isUnique);

		// codes and photos still lead to their complaints
		ComplaintStep status = rig.service.handle(ComplaintServiceTests.USER, new Track(codes.get(7).grouped()));
		assertThat(status).isInstanceOfSatisfying(ComplaintStep.Status.class,
				s -> assertThat(s.view().excerpt()).isEqualTo("#7#"));
		Document seventh = rig.mongo.getCollection("complaints").find(new Document("text", "#7#")).first();
		assertThat(rig.photos.read(seventh.getList("photoIds", String.class).get(0))).hasValueSatisfying(
				bytes -> assertThat(bytes).containsExactly(1, 2, 7));

		// a new filing goes into a slot beside them (two empty slots do not collide on the unique indexes)
		rig.service.handle(ComplaintServiceTests.USER, new StartComplaint("PKT"));
		rig.service.handle(ComplaintServiceTests.USER, new PickCategory(Category.OTHER));
		rig.service.handle(ComplaintServiceTests.USER, new Text("#new#"));
		rig.service.handle(ComplaintServiceTests.USER, new Done());
		assertThat(rig.service.handle(ComplaintServiceTests.USER, new Confirm())).isInstanceOf(ComplaintStep.Filed.class);

		// once: a second start changes nothing
		List<Object> order = natural("complaints").stream().map(d -> d.get("_id")).toList();
		rig.service.createIndexes();
		assertThat(natural("complaints").stream().map(d -> d.get("_id")).toList()).isEqualTo(order);
	}

	@Test
	void aConversionInterruptedAfterTheDeletesIsFinishedByTheNextStart() {
		// a crash after copying and deleting: the documents exist only in the staging collection
		for (Document d : natural("opinions")) {
			rig.mongo.getCollection("opinions.reordering").insertOne(d);
		}
		rig.mongo.getCollection("opinions").deleteMany(new Document("text", new Document("$in", List.of("#0#", "#1#", "#2#"))));
		rig.service.createIndexes();
		List<Integer> seq = sequence(natural("opinions"));
		assertThat(seq).hasSize(OLD).doesNotHaveDuplicates();
		assertThat(rig.mongo.collectionExists("opinions.reordering")).isFalse();
	}
}
