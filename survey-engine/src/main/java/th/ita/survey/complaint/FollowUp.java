package th.ita.survey.complaint;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.ita.survey.anonymity.DailyActivity;
import th.ita.survey.complaint.ComplaintCommand.Done;
import th.ita.survey.complaint.ComplaintCommand.Text;
import th.ita.survey.complaint.ComplaintDraft.Kind;
import th.ita.survey.complaint.ComplaintDraft.Step;
import th.ita.survey.complaint.ComplaintStep.Reason;

/**
 * A person checking a complaint by its receipt code ("ติดตาม CODE"): read its status and the
 * staff's replies, then add information (text or photos) to it. Wrong codes count towards a daily
 * limit; the draft that links the person to the complaint lives only while they add (30 minutes idle).
 */
record FollowUp(MongoTemplate mongo, Drafts drafts, Prompts prompts, ReceiptCodes receipts, RateLimiter limits,
		EvidencePhotos photos) {

	/** "ติดตาม CODE" shows the status at once; "ติดตาม" alone asks for the code. */
	ComplaintStep track(String userId, String key, Optional<ComplaintDraft> found, String code) {
		if (code != null && !code.isBlank()) {
			Lookup lookup = lookup(userId, code);
			if (lookup.complaint() == null) {
				return lookup.failure();
			}
			if (found.isPresent() && found.get().getKind() == Kind.FOLLOW_UP) {
				drafts.discard(found.get());
			}
			return new ComplaintStep.Status(prompts.view(lookup.complaint()), lookup.code());
		}
		if (found.isPresent() && found.get().hasContent()) {
			return new ComplaintStep.Hint(Reason.ANOTHER_DRAFT_OPEN, prompts.prompt(found.get()));
		}
		found.ifPresent(drafts::discard);
		drafts.save(new ComplaintDraft(key, Kind.FOLLOW_UP, Step.CODE, drafts.now()));
		return new ComplaintStep.AskCode();
	}

	/** "Add information" from a status view: each next message goes to that complaint. */
	ComplaintStep addInfo(String userId, String key, Optional<ComplaintDraft> found, String code) {
		if (found.isPresent() && found.get().hasContent()) {
			return new ComplaintStep.Hint(Reason.ANOTHER_DRAFT_OPEN, prompts.prompt(found.get()));
		}
		Lookup lookup = lookup(userId, code);
		if (lookup.complaint() == null) {
			return lookup.failure();
		}
		Complaint c = lookup.complaint();
		if (c.status().isFinal()) {
			return new ComplaintStep.Hint(Reason.COMPLAINT_CLOSED, new ComplaintStep.Status(prompts.view(c), lookup.code()));
		}
		found.ifPresent(drafts::discard);
		ComplaintDraft draft = new ComplaintDraft(key, Kind.FOLLOW_UP, Step.ADDING, drafts.now());
		draft.setComplaintId(c.id());
		drafts.save(draft);
		return new ComplaintStep.Adding(prompts.view(c));
	}

	ComplaintStep handle(String userId, ComplaintDraft draft, ComplaintCommand command) {
		return draft.getStep() == Step.CODE ? code(userId, draft, command) : add(userId, draft, command);
	}

	/** Waiting for the code: a wrong one is asked again, until today's wrong codes are used up. */
	private ComplaintStep code(String userId, ComplaintDraft draft, ComplaintCommand command) {
		if (!(command instanceof Text t) || t.text().isBlank()) {
			return command instanceof Done ? drafts.cancel(draft) : prompts.unexpected(draft, command);
		}
		Lookup lookup = lookup(userId, t.text());
		if (lookup.complaint() == null) {
			if (lookup.failure() instanceof ComplaintStep.Hint) {
				drafts.discard(draft); // too many wrong codes today
			}
			else {
				drafts.save(draft); // the next message is taken as a code again
			}
			return lookup.failure();
		}
		drafts.discard(draft);
		return new ComplaintStep.Status(prompts.view(lookup.complaint()), lookup.code());
	}

	/** Adding: each text becomes a note on the complaint; "done" ends it. */
	private ComplaintStep add(String userId, ComplaintDraft draft, ComplaintCommand command) {
		if (command instanceof Done) {
			drafts.discard(draft);
			return new ComplaintStep.FollowUpEnded();
		}
		if (!(command instanceof Text t)) {
			return prompts.unexpected(draft, command);
		}
		TypedText typed = TypedText.of(t.text());
		if (typed.refused()) {
			return new ComplaintStep.Hint(typed.refusal(), prompts.prompt(draft));
		}
		if (!limits.tryAcquire(userId, RateLimiter.Action.ADDITION, ComplaintService.ADDITIONS_PER_DAY)) {
			return new ComplaintStep.Hint(Reason.ADDITION_LIMIT, null);
		}
		ComplaintStep refused = addNote(draft.getComplaintId(), typed.text(), null);
		if (refused != null) {
			drafts.discard(draft);
			return refused;
		}
		drafts.save(draft);
		return new ComplaintStep.InfoAdded(false, photoCount(draft.getComplaintId()));
	}

	/** A stored photo added to the complaint, with a note saying so. */
	ComplaintStep addPhoto(ComplaintDraft draft, String photoId) {
		ComplaintStep refused = addNote(draft.getComplaintId(), "(ส่งภาพถ่ายเพิ่มเติม 1 ภาพ)", photoId);
		if (refused != null) {
			return refused;
		}
		photos.attach(List.of(photoId));
		drafts.save(draft);
		return new ComplaintStep.InfoAdded(true, photoCount(draft.getComplaintId()));
	}

	/** Whether photos are taken now: while adding to a complaint. */
	static boolean takesPhotos(ComplaintDraft draft) {
		return draft.getKind() == Kind.FOLLOW_UP && draft.getStep() == Step.ADDING;
	}

	int photoCount(String complaintId) {
		Complaint c = mongo.findById(complaintId, Complaint.class);
		return c == null ? 0 : c.photoIds().size();
	}

	/** Appends a complainant's note (and a photo) in one update; null when done, else why not. */
	private ComplaintStep addNote(String complaintId, String text, String photoId) {
		Criteria open = Criteria.where("_id").is(complaintId).and("status").nin(ComplaintStatus.CLOSED, ComplaintStatus.REJECTED)
			.and("notes." + (ComplaintService.MAX_NOTES - 1)).exists(false);
		if (photoId != null) {
			open = open.and("photoIds." + (ComplaintService.MAX_PHOTOS - 1)).exists(false);
		}
		Update update = new Update().push("notes", new Complaint.Note(Complaint.Author.COMPLAINANT, text, drafts.today()));
		if (photoId != null) {
			update.push("photoIds", photoId);
		}
		if (mongo.updateFirst(Query.query(open), update, Complaint.class).getModifiedCount() == 1) {
			DailyActivity.LOG.count(drafts.today(), photoId == null ? "notes added to complaints" : "photos added to complaints",
					"all agencies");
			return null;
		}
		Complaint c = mongo.findById(complaintId, Complaint.class);
		if (c == null || c.status().isFinal()) {
			return new ComplaintStep.Hint(Reason.COMPLAINT_CLOSED, null);
		}
		if (photoId != null && c.photoIds().size() >= ComplaintService.MAX_PHOTOS) {
			return new ComplaintStep.Hint(Reason.TOO_MANY_PHOTOS, new ComplaintStep.Adding(prompts.view(c)));
		}
		return new ComplaintStep.Hint(Reason.NOTES_FULL, null);
	}

	private record Lookup(Complaint complaint, ReceiptCode code, ComplaintStep failure) {
	}

	/** Finds a complaint by typed receipt code; wrong codes count towards a daily limit. */
	private Lookup lookup(String userId, String typed) {
		Optional<ReceiptCode> code = ReceiptCode.parse(typed);
		if (code.isEmpty()) {
			return limits.allowed(userId, RateLimiter.Action.WRONG_CODE, ComplaintService.WRONG_CODES_PER_DAY)
					? new Lookup(null, null, new ComplaintStep.NotFound(true))
					: new Lookup(null, null, new ComplaintStep.Hint(Reason.WRONG_CODE_LIMIT, null));
		}
		// every lookup takes a try first (atomically, so concurrent guesses cannot pass the check
		// together) and a right code gives it back
		if (!limits.tryAcquire(userId, RateLimiter.Action.WRONG_CODE, ComplaintService.WRONG_CODES_PER_DAY)) {
			return new Lookup(null, null, new ComplaintStep.Hint(Reason.WRONG_CODE_LIMIT, null));
		}
		Complaint c = mongo.findOne(Query.query(Criteria.where("receiptKey").is(receipts.lookupKey(code.get()))),
				Complaint.class);
		if (c == null) {
			return new Lookup(null, null, new ComplaintStep.NotFound(false));
		}
		limits.release(userId, RateLimiter.Action.WRONG_CODE);
		return new Lookup(c, code.get(), null);
	}
}
