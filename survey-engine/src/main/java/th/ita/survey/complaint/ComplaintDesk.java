package th.ita.survey.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.ita.survey.opinion.Opinion;
import th.ita.survey.opinion.Opinions;
import th.ita.survey.staff.StaffAudit;
import th.ita.survey.staff.StaffMember;

/**
 * The staff side of the channel, for complaint officers (the bot refuses others before it asks;
 * {@link #officer} is checked here again). Agency staff reach their own agency's complaints and
 * opinions only, a province admin all of them; a complaint of another agency is "not found", so its
 * existence is not revealed. Staff never see receipt codes (only their hashes exist) nor who
 * complained (nothing says). Status changes and replies go to the staff audit trail.
 */
public class ComplaintDesk {

	private static final Logger log = LoggerFactory.getLogger(ComplaintDesk.class);

	private final MongoTemplate mongo;

	private final Opinions opinions;

	private final EvidencePhotos photos;

	private final Clock clock;

	private final StaffAudit audit;

	public ComplaintDesk(MongoTemplate mongo, Opinions opinions, EvidencePhotos photos, Clock clock, StaffAudit audit) {
		this.mongo = mongo;
		this.opinions = opinions;
		this.photos = photos;
		this.clock = clock;
		this.audit = audit;
	}

	/** Whether the member may read and answer complaints and opinions of some agency. */
	public static boolean officer(StaffMember staff) {
		return staff.may(StaffMember.Role.COMPLAINT_OFFICER, staff.agency());
	}

	private static void requireOfficer(StaffMember staff) {
		if (!officer(staff)) {
			throw new IllegalStateException("complaints are for complaint officers");
		}
	}

	/** What a staff action on one complaint came to. */
	public sealed interface Outcome {

		record Found(Complaint complaint) implements Outcome {
		}

		record NotFound(CaseRef ref) implements Outcome {
		}

		/** An admin named a case number that several agencies have. */
		record Ambiguous(CaseRef ref, List<String> agencies) implements Outcome {
		}

		record StatusChanged(Complaint complaint, ComplaintStatus from) implements Outcome {
		}

		record TransitionRefused(Complaint complaint, ComplaintStatus target) implements Outcome {
		}

		record Replied(Complaint complaint) implements Outcome {
		}

		record NotesFull(Complaint complaint) implements Outcome {
		}

		/** Closing or rejecting without a reason. */
		record ReasonRequired(Complaint complaint, ComplaintStatus target) implements Outcome {
		}
	}

	/** Complaints waiting to be taken up (RECEIVED), oldest first; with {@code all}, every open one. */
	public List<Complaint> waiting(StaffMember staff, boolean all, int limit) {
		requireOfficer(staff);
		Criteria c = all ? Criteria.where("status").nin(ComplaintStatus.CLOSED, ComplaintStatus.REJECTED) : Criteria.where("status").is(ComplaintStatus.RECEIVED);
		c = c.and("filedOn").exists(true); // not the empty storage slots (SlotPool), which have no status
		if (!staff.provinceAdmin()) {
			c = c.and("agency").is(staff.agency());
		}
		Query q = Query.query(c).with(Sort.by("filedOn", "agency", "caseNumber")).limit(limit);
		q.fields().exclude("receiptKey");
		return mongo.find(q, Complaint.class);
	}

	public Outcome find(StaffMember staff, CaseRef ref) {
		requireOfficer(staff);
		Criteria c = Criteria.where("caseNumber").is(ref.number().toString());
		if (!staff.provinceAdmin()) {
			if (ref.agency() != null && !staff.mayAct(ref.agency())) {
				return new Outcome.NotFound(ref);
			}
			c = c.and("agency").is(staff.agency());
		}
		else if (ref.agency() != null) {
			c = c.and("agency").is(ref.agency());
		}
		Query q = Query.query(c).limit(10);
		q.fields().exclude("receiptKey");
		List<Complaint> found = mongo.find(q, Complaint.class);
		if (found.isEmpty()) {
			return new Outcome.NotFound(ref);
		}
		if (found.size() > 1) {
			return new Outcome.Ambiguous(ref, found.stream().map(Complaint::agency).sorted().toList());
		}
		return new Outcome.Found(found.get(0));
	}

	/**
	 * Moves a complaint to another status if the process allows it; closing and rejecting need a
	 * reason, kept in the history and added as a staff note so the complainant reads it with the
	 * receipt code. The update names the status it expects, so two staff changing it at once
	 * cannot both succeed from the same state.
	 */
	public Outcome changeStatus(StaffMember staff, CaseRef ref, ComplaintStatus target, String reason) {
		Outcome lookup = find(staff, ref);
		if (!(lookup instanceof Outcome.Found found)) {
			return lookup;
		}
		Complaint c = found.complaint();
		if (!c.status().canMoveTo(target)) {
			return new Outcome.TransitionRefused(c, target);
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (target.needsReason() && why == null) {
			return new Outcome.ReasonRequired(c, target);
		}
		LocalDate today = LocalDate.now(clock);
		Update update = new Update().set("status", c.status().moveTo(target))
			.push("history", new Complaint.StatusChange(target, today, target.needsReason() ? why : null));
		if (target.needsReason()) {
			update.push("notes", new Complaint.Note(Complaint.Author.STAFF, target.label() + " เหตุผล: " + why, today));
		}
		boolean moved = mongo
			.updateFirst(Query.query(Criteria.where("_id").is(c.id()).and("status").is(c.status())), update, Complaint.class)
			.getModifiedCount() == 1;
		if (!moved) {
			return changeStatus(staff, ref, target, reason); // changed meanwhile: judge against the new status
		}
		log.info("Complaint {} ({}): {} -> {}", c.caseNumber(), c.agency(), c.status(), target);
		audit.record(staff.id(), "complaint status " + c.caseNumber() + " " + target, c.agency(), "StatusChanged");
		return new Outcome.StatusChanged(reload(c), c.status());
	}

	public Outcome changeStatus(StaffMember staff, CaseRef ref, ComplaintStatus target) {
		return changeStatus(staff, ref, target, null);
	}

	/** A staff reply the complainant reads with the receipt code. */
	public Outcome reply(StaffMember staff, CaseRef ref, String text) {
		Outcome lookup = find(staff, ref);
		if (!(lookup instanceof Outcome.Found found)) {
			return lookup;
		}
		Complaint c = found.complaint();
		boolean added = mongo
			.updateFirst(
					Query.query(Criteria.where("_id").is(c.id()).and("notes." + (ComplaintService.MAX_NOTES - 1)).exists(false)),
					new Update().push("notes", new Complaint.Note(Complaint.Author.STAFF, text, LocalDate.now(clock))),
					Complaint.class)
			.getModifiedCount() == 1;
		if (!added) {
			return new Outcome.NotesFull(c);
		}
		log.info("Staff reply added to complaint {} ({})", c.caseNumber(), c.agency());
		audit.record(staff.id(), "complaint reply " + c.caseNumber(), c.agency(), "Replied");
		return new Outcome.Replied(reload(c));
	}

	public List<Opinion> opinions(StaffMember staff, int limit) {
		requireOfficer(staff);
		return opinions.latest(staff.provinceAdmin() ? null : staff.agency(), limit);
	}

	/**
	 * Counts by category and status for a fiscal year: the staff's agency, or for an admin the agency
	 * asked for (null: all agencies together).
	 */
	public ComplaintStatistics statistics(StaffMember staff, String agency, int fiscalYear) {
		String scope = staff.provinceAdmin() ? agency : staff.agency();
		Criteria match = Criteria.where("fiscalYear").is(fiscalYear);
		if (scope != null) {
			match = match.and("agency").is(scope);
		}
		Aggregation aggregation = Aggregation.newAggregation(Aggregation.match(match),
				Aggregation.group("category", "status").count().as("count"));
		Map<Category, Map<ComplaintStatus, Long>> counts = new EnumMap<>(Category.class);
		for (Document row : mongo.aggregate(aggregation, Complaint.class, Document.class).getMappedResults()) {
			Document id = row.get("_id", Document.class);
			Optional<Category> category = Category.parse(id.getString("category"));
			Optional<ComplaintStatus> status = ComplaintStatus.parse(id.getString("status"));
			if (category.isPresent() && status.isPresent()) {
				counts.computeIfAbsent(category.get(), k -> new EnumMap<>(ComplaintStatus.class))
					.put(status.get(), ((Number) row.get("count")).longValue());
			}
		}
		return new ComplaintStatistics(scope, fiscalYear, counts);
	}

	/** A photo, if this complaint holds it (the bot checks who may ask: a signed link). */
	public Optional<byte[]> photo(String complaintId, String photoId) {
		Complaint c = mongo.findById(complaintId, Complaint.class);
		if (c == null || !c.photoIds().contains(photoId)) {
			return Optional.empty();
		}
		return photos.read(photoId);
	}

	private Complaint reload(Complaint c) {
		return mongo.findById(c.id(), Complaint.class);
	}
}
