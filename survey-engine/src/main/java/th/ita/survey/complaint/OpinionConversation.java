package th.ita.survey.complaint;

import th.ita.survey.anonymity.DailyActivity;
import th.ita.survey.complaint.ComplaintCommand.PickTopic;
import th.ita.survey.complaint.ComplaintCommand.Text;
import th.ita.survey.complaint.ComplaintDraft.Step;
import th.ita.survey.complaint.ComplaintStep.Reason;
import th.ita.survey.opinion.Opinions;

/** An opinion: agency, an indicator as its topic (or none), then one text, stored at once. */
record OpinionConversation(Drafts drafts, Prompts prompts, AgencyStep agencyStep, RateLimiter limits,
		Opinions opinions) {

	ComplaintStep handle(String userId, ComplaintDraft draft, ComplaintCommand command) {
		return switch (draft.getStep()) {
			case AGENCY -> agencyStep.answer(draft, command);
			case TOPIC -> topic(draft, command);
			case DETAILS -> command instanceof Text t ? send(userId, draft, t.text()) : prompts.unexpected(draft, command);
			default -> prompts.unexpected(draft, command);
		};
	}

	private ComplaintStep topic(ComplaintDraft draft, ComplaintCommand command) {
		if (!(command instanceof PickTopic p) || (p.topic() != null && !prompts.knownTopic(p.topic()))) {
			return prompts.unexpected(draft, command);
		}
		draft.setTopic(p.topic());
		draft.setStep(Step.DETAILS);
		return prompts.prompt(drafts.save(draft));
	}

	/** The text is the opinion: checked, counted against today's limit, stored, and the draft deleted. */
	private ComplaintStep send(String userId, ComplaintDraft draft, String text) {
		TypedText typed = TypedText.of(text);
		if (typed.refused()) {
			return new ComplaintStep.Hint(typed.refusal(), prompts.prompt(draft));
		}
		if (!limits.tryAcquire(userId, RateLimiter.Action.OPINION, ComplaintService.OPINIONS_PER_DAY)) {
			drafts.discard(draft);
			return new ComplaintStep.Hint(Reason.OPINION_LIMIT, null);
		}
		opinions.submit(draft.getAgency(), draft.getTopic(), typed.text());
		drafts.remove(draft);
		DailyActivity.LOG.count(drafts.today(), "opinions stored", draft.getAgency());
		return new ComplaintStep.OpinionSent(prompts.agency(draft.getAgency()), prompts.topic(draft.getTopic()));
	}
}
