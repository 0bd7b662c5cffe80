package th.ita.survey.complaint;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.ita.survey.agency.Agency;
import th.ita.survey.anonymity.DailyActivity;
import th.ita.survey.complaint.ComplaintDraft.Step;
import th.ita.survey.complaint.ComplaintStep.Reason;
import th.ita.survey.conversation.FiscalYear;

/**
 * Turns a confirmed draft into a stored complaint with its receipt code, with no transaction: the
 * draft is first marked SUBMITTING with the id of a claimed storage slot, then the complaint is
 * written into that slot, then the draft is deleted. Each step can be repeated, so a filing
 * interrupted anywhere is finished (by the person's next message or the sweep) and never filed twice.
 */
record Filing(MongoTemplate mongo, Drafts drafts, Prompts prompts, ComplaintStore store, ReceiptCodes receipts,
		CaseNumbers caseNumbers, EvidencePhotos photos, RateLimiter limits) {

	/** A filing younger than this is another instance's (a double tap), not an interrupted one. */
	static final Duration GRACE = Duration.ofSeconds(30);

	/**
	 * Confirm: take one of today's filings, claim a random storage slot and mark the draft as filing
	 * into it (so an interruption is finished, not filed twice), then file.
	 */
	ComplaintStep file(String userId, ComplaintDraft draft) {
		if (!limits.tryAcquire(userId, RateLimiter.Action.COMPLAINT, ComplaintService.COMPLAINTS_PER_DAY)) {
			return new ComplaintStep.Hint(Reason.COMPLAINT_LIMIT, null);
		}
		draft.setStep(Step.SUBMITTING);
		return finish(claimSlot(draft));
	}

	/** Any message while a draft is SUBMITTING: a double tap waits, an interrupted filing is finished first. */
	ComplaintStep resume(ComplaintDraft filing) {
		if (filing.getUpdatedAt().isAfter(drafts.now().minus(GRACE))) {
			return new ComplaintStep.Hint(Reason.FILING_IN_PROGRESS, null); // a double tap, being filed now
		}
		return finish(filing);
	}

	/** Claims a slot for the draft's complaint and saves the draft with it; gives it back if that fails. */
	private ComplaintDraft claimSlot(ComplaintDraft draft) {
		String slot = store.claim();
		draft.setComplaintId(slot);
		try {
			return drafts.save(draft);
		}
		catch (RuntimeException ex) {
			store.release(slot);
			throw ex;
		}
	}

	/**
	 * Files the complaint of a SUBMITTING draft; safe to repeat. The receipt code is drawn here and
	 * shown once, never stored: if an earlier attempt already stored the complaint (its code was lost
	 * with the interrupted reply), the complaint gets a new code.
	 */
	ComplaintStep finish(ComplaintDraft draft) {
		Agency agency = prompts.agency(draft.getAgency());
		ReceiptCode code = receipts.issue();
		String receiptKey = receipts.lookupKey(code);
		boolean reissued = false;
		Complaint existing = store.filed(draft.getComplaintId()) ? mongo.findById(draft.getComplaintId(), Complaint.class)
				: null;
		if (existing == null) {
			if (!store.claimed(draft.getComplaintId())) {
				draft = claimSlot(draft); // a draft from before storage slots, or its claim was lost
			}
			LocalDate today = drafts.today();
			int fiscalYear = FiscalYear.of(today);
			CaseNumber number = caseNumbers.next(agency.code(), fiscalYear);
			// into the claimed slot: its place among the complaints says nothing about when
			if (store.fill(new Complaint(draft.getComplaintId(), agency.code(), number.toString(), fiscalYear,
					draft.getCategory(), draft.text(), draft.getPhotoIds(), today, ComplaintStatus.RECEIVED,
					List.of(new Complaint.StatusChange(ComplaintStatus.RECEIVED, today)), List.of(), receiptKey))) {
				// counted, not logged: a line per filing would date it to the second (DailyActivity)
				DailyActivity.LOG.count(today, "complaints filed", agency.code());
			}
			else {
				existing = mongo.findById(draft.getComplaintId(), Complaint.class); // filed meanwhile by a retry
				if (existing == null || !store.filed(draft.getComplaintId())) {
					throw new OptimisticLockingFailureException("complaint slot " + draft.getComplaintId() + " was not claimed");
				}
			}
		}
		if (existing != null) {
			mongo.updateFirst(Query.query(Criteria.where("_id").is(existing.id())), Update.update("receiptKey", receiptKey),
					Complaint.class);
			reissued = true;
			DailyActivity.LOG.count(drafts.today(), "interrupted filings finished", existing.agency());
		}
		photos.attach(draft.getPhotoIds());
		drafts.remove(draft);
		return new ComplaintStep.Filed(agency, code, reissued);
	}
}
