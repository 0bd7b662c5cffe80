package th.ita.survey.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;

import th.ita.scoring.Scheme;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.complaint.ComplaintCommand.*;
import th.ita.survey.opinion.Opinions;
import th.ita.survey.opinion.Topic;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints, opinions and photos stored one insert each (before storage slots) lie in filing order;
 * at start they are put in a random order with their ids, codes and photos intact, once, and a crash
 * half way is finished by the next start.
 */
class SlotLayoutConversionTests {

	static final int OLD = 40;

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	ComplaintServiceTests.MovableClock clock = new ComplaintServiceTests.MovableClock(Instant.parse("2026-11-24T03:00:00Z"),
			ZoneId.of("Asia/Bangkok"));

	ReceiptCodes receipts = new ReceiptCodes("test-receipt-secret-0123456789");

	ComplaintService service;

	EvidencePhotos photos;

	List<ReceiptCode> codes = new ArrayList<>();

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		client = MongoClients.create(server.getConnectionString());
		mongo = new MongoTemplate(client, "test");
		AgencyDirectory agencies = new AgencyDirectory(new org.springframework.data.mongodb.repository.support.MongoRepositoryFactory(
				mongo).getRepository(th.ita.survey.agency.AgencyRepository.class));
		agencies.save(new Agency("PKT", "สำนักงานจังหวัดภูเก็ต", null, null, null));
		Pseudonyms pseudonyms = new Pseudonyms("test-anonymity-secret-0123456789");
		photos = new EvidencePhotos(mongo, clock);
		service = new ComplaintService(mongo, agencies, pseudonyms, receipts, new CaseNumbers(mongo), photos,
				new RateLimiter(mongo, pseudonyms, clock), new Opinions(mongo, clock), Topic.of(Scheme.load(2563)), clock);
		oldLayout();
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	/** What the bot stored before slots: the old indexes, and one insert per filing, in filing order. */
	void oldLayout() {
		mongo.indexOps("complaints").createIndex(new Index("receiptKey", Sort.Direction.ASC).unique().named("receipt"));
		mongo.indexOps("complaints")
			.createIndex(new Index().on("agency", Sort.Direction.ASC).on("caseNumber", Sort.Direction.ASC).unique()
				.named("agency_case"));
		Date day = Date.from(LocalDate.of(2026, 11, 20).atStartOfDay(ZoneId.systemDefault()).toInstant());
		for (int i = 0; i < OLD; i++) {
			ReceiptCode code = receipts.issue();
			codes.add(code);
			String photo = UUID.randomUUID().toString();
			mongo.getCollection(EvidencePhotos.FILES)
				.insertOne(new Document("_id", photo).append("length", 3L).append("chunkSize", 255 * 1024)
					.append("uploadDate", day).append("filename", photo + ".jpg")
					.append("metadata", new Document("_contentType", "image/jpeg").append("attached", true)));
			mongo.getCollection(EvidencePhotos.CHUNKS)
				.insertOne(new Document("_id", photo + "-0").append("files_id", photo).append("n", 0)
					.append("data", new Binary(new byte[] { 1, 2, (byte) i })));
			mongo.getCollection("complaints")
				.insertOne(new Document("_id", UUID.randomUUID().toString()).append("agency", "PKT")
					.append("caseNumber", "C2570-" + (100_000 + i)).append("fiscalYear", 2570).append("category", "OTHER")
					.append("text", "#" + i + "#").append("photoIds", List.of(photo)).append("filedOn", day)
					.append("status", "RECEIVED").append("history", List.of()).append("notes", List.of())
					.append("receiptKey", receipts.lookupKey(code)));
			mongo.getCollection("opinions")
				.insertOne(new Document("_id", UUID.randomUUID().toString()).append("agency", "PKT")
					.append("text", "#" + i + "#").append("submittedOn", day).append("fiscalYear", 2570));
		}
	}

	List<Document> natural(String collection) {
		return mongo.getCollection(collection).find().into(new ArrayList<>());
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
		service.createIndexes();

		for (String collection : List.of("complaints", "opinions")) {
			List<Integer> seq = sequence(natural(collection));
			assertThat(seq).hasSize(OLD).doesNotHaveDuplicates();
			assertThat(Math.abs(spearman(seq))).as(collection + ": rank correlation with the filing order")
				.isLessThan(0.7);
		}
		assertThat(natural("complaints")).allSatisfy(d -> assertThat(d).containsEntry("slot", "filled"));
		assertThat(natural("complaints").stream().map(d -> d.get("_id")).sorted().toList()).isEqualTo(idsBefore);
		assertThat(natural(EvidencePhotos.FILES)).hasSize(OLD);
		assertThat(mongo.getCollectionNames()).noneMatch(n -> n.endsWith(".reordering"));
		// the unique indexes now skip empty slots
		assertThat(mongo.indexOps("complaints").getIndexInfo()).filteredOn(i -> i.getName().equals("receipt")
				|| i.getName().equals("agency_case")).hasSize(2).allMatch(IndexInfo::isSparse).allMatch(IndexInfo::isUnique);

		// codes and photos still lead to their complaints
		ComplaintStep status = service.handle(ComplaintServiceTests.USER, new Track(codes.get(7).grouped()));
		assertThat(status).isInstanceOfSatisfying(ComplaintStep.Status.class,
				s -> assertThat(s.view().excerpt()).isEqualTo("#7#"));
		Document seventh = mongo.getCollection("complaints").find(new Document("text", "#7#")).first();
		assertThat(photos.read(seventh.getList("photoIds", String.class).get(0))).hasValueSatisfying(
				bytes -> assertThat(bytes).containsExactly(1, 2, 7));

		// a new filing goes into a slot beside them (two empty slots do not collide on the unique indexes)
		service.handle(ComplaintServiceTests.USER, new StartComplaint("PKT"));
		service.handle(ComplaintServiceTests.USER, new PickCategory(Category.OTHER));
		service.handle(ComplaintServiceTests.USER, new Text("#new#"));
		service.handle(ComplaintServiceTests.USER, new Done());
		assertThat(service.handle(ComplaintServiceTests.USER, new Confirm())).isInstanceOf(ComplaintStep.Filed.class);

		// once: a second start changes nothing
		List<Object> order = natural("complaints").stream().map(d -> d.get("_id")).toList();
		service.createIndexes();
		assertThat(natural("complaints").stream().map(d -> d.get("_id")).toList()).isEqualTo(order);
	}

	@Test
	void aConversionInterruptedAfterTheDeletesIsFinishedByTheNextStart() {
		// a crash after copying and deleting: the documents exist only in the staging collection
		for (Document d : natural("opinions")) {
			mongo.getCollection("opinions.reordering").insertOne(d);
		}
		mongo.getCollection("opinions").deleteMany(new Document("text", new Document("$in", List.of("#0#", "#1#", "#2#"))));
		service.createIndexes();
		List<Integer> seq = sequence(natural("opinions"));
		assertThat(seq).hasSize(OLD).doesNotHaveDuplicates();
		assertThat(mongo.collectionExists("opinions.reordering")).isFalse();
	}
}
