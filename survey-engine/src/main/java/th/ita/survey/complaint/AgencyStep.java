package th.ita.survey.complaint;

import java.util.Optional;

import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.complaint.ComplaintCommand.PickAgency;
import th.ita.survey.complaint.ComplaintCommand.Text;
import th.ita.survey.complaint.ComplaintDraft.Kind;
import th.ita.survey.complaint.ComplaintDraft.Step;
import th.ita.survey.complaint.ComplaintStep.Reason;

/**
 * Starting a complaint or an opinion, and the first question both ask: which agency (a code given
 * with the start, from a poster's QR code, skips it). One place for both conversations.
 */
record AgencyStep(Drafts drafts, Prompts prompts, AgencyDirectory agencies, RateLimiter limits) {

	/**
	 * "ร้องเรียน" or "ความคิดเห็น": the same kind already open resumes; another kind with content is
	 * kept (the person is told), an empty one is dropped; today's limit is checked before anything is
	 * stored.
	 */
	ComplaintStep start(String userId, String key, Optional<ComplaintDraft> found, Kind kind, String agency) {
		if (found.isPresent()) {
			ComplaintDraft d = found.get();
			if (d.getKind() == kind) {
				if (agency != null && d.getStep() == Step.AGENCY) {
					return pick(d, agency);
				}
				return new ComplaintStep.Hint(Reason.RESUMED, prompts.prompt(d));
			}
			if (d.hasContent()) {
				return new ComplaintStep.Hint(Reason.ANOTHER_DRAFT_OPEN, prompts.prompt(d));
			}
			drafts.discard(d);
		}
		if (kind == Kind.COMPLAINT && !limits.allowed(userId, RateLimiter.Action.COMPLAINT, ComplaintService.COMPLAINTS_PER_DAY)) {
			return new ComplaintStep.Hint(Reason.COMPLAINT_LIMIT, null);
		}
		if (kind == Kind.OPINION && !limits.allowed(userId, RateLimiter.Action.OPINION, ComplaintService.OPINIONS_PER_DAY)) {
			return new ComplaintStep.Hint(Reason.OPINION_LIMIT, null);
		}
		ComplaintDraft draft = new ComplaintDraft(key, kind, Step.AGENCY, drafts.now());
		if (agency != null) {
			Optional<Agency> a = agencies.find(agency);
			if (a.isPresent()) {
				return chosen(draft, a.get());
			}
		}
		drafts.save(draft);
		ComplaintStep choose = prompts.chooseAgency(kind);
		return agency == null ? choose : new ComplaintStep.Hint(Reason.UNKNOWN_AGENCY, choose);
	}

	/** A message at the agency question: a button's agency, or a code or name typed. */
	ComplaintStep answer(ComplaintDraft draft, ComplaintCommand command) {
		if (command instanceof PickAgency p) {
			return pick(draft, p.agency());
		}
		if (command instanceof Text t && !t.text().isBlank()) {
			return pick(draft, t.text());
		}
		return prompts.unexpected(draft, command);
	}

	private ComplaintStep pick(ComplaintDraft draft, String code) {
		Optional<Agency> agency = agencies.find(code);
		if (agency.isEmpty()) {
			return new ComplaintStep.Hint(Reason.UNKNOWN_AGENCY, prompts.prompt(draft));
		}
		return chosen(draft, agency.get());
	}

	/** On to the complaint's category or the opinion's topic. */
	private ComplaintStep chosen(ComplaintDraft draft, Agency agency) {
		draft.setAgency(agency.code());
		draft.setStep(draft.getKind() == Kind.COMPLAINT ? Step.CATEGORY : Step.TOPIC);
		return prompts.prompt(drafts.save(draft));
	}
}
