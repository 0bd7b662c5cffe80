package th.ita.survey.complaint;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import th.ita.survey.complaint.ComplaintDraft.Kind;
import th.ita.survey.opinion.Opinions;

/**
 * The channel's indexes, created at start-up, and the storage made ready before the first message.
 * For MongoDB: the embedded server keeps the unique ones and ignores the rest (no TTL there, hence
 * {@link ComplaintUpkeep}).
 */
record ComplaintIndexes(MongoTemplate mongo, ComplaintStore store, Opinions opinions, EvidencePhotos photos) {

	void create() {
		store.prepareIndexes(); // sparse: empty storage slots have neither field
		mongo.indexOps(Complaint.class)
			.createIndex(new Index("receiptKey", Sort.Direction.ASC).unique().sparse().named("receipt"));
		mongo.indexOps(Complaint.class)
			.createIndex(new Index().on("agency", Sort.Direction.ASC).on("caseNumber", Sort.Direction.ASC).unique()
				.sparse().named("agency_case"));
		mongo.indexOps(Complaint.class)
			.createIndex(new Index().on("agency", Sort.Direction.ASC).on("status", Sort.Direction.ASC).named("agency_status"));
		mongo.indexOps(Complaint.class)
			.createIndex(new Index().on("fiscalYear", Sort.Direction.ASC).on("agency", Sort.Direction.ASC).named("year_agency"));
		mongo.indexOps(ComplaintDraft.class)
			.createIndex(new Index("updatedAt", Sort.Direction.ASC).named("idle_ttl").expire(Kind.COMPLAINT.idleLimit()));
		mongo.indexOps(RateLimiter.COLLECTION).createIndex(new Index("expiresAt", Sort.Direction.ASC).named("ttl").expire(0));
		mongo.indexOps("opinions")
			.createIndex(new Index().on("agency", Sort.Direction.ASC).on("submittedOn", Sort.Direction.DESC).named("agency_day"));
		// documents stored one insert each before storage slots are put in a random order
		store.convert();
		opinions.prepareStorage();
		photos.prepareStorage();
	}
}
