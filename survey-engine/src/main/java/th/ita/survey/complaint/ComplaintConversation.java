package th.ita.survey.complaint;

import java.util.Optional;

import th.ita.survey.complaint.ComplaintCommand.Confirm;
import th.ita.survey.complaint.ComplaintCommand.Done;
import th.ita.survey.complaint.ComplaintCommand.PickCategory;
import th.ita.survey.complaint.ComplaintCommand.Text;
import th.ita.survey.complaint.ComplaintDraft.Kind;
import th.ita.survey.complaint.ComplaintDraft.Step;
import th.ita.survey.complaint.ComplaintStep.Reason;

/**
 * A complaint being written: agency, category, the text in parts (each one message), photos, the
 * summary, then confirm, which hands the draft to {@link Filing}.
 */
record ComplaintConversation(Drafts drafts, Prompts prompts, AgencyStep agencyStep, Filing filing) {

	ComplaintStep handle(String userId, ComplaintDraft draft, ComplaintCommand command) {
		return switch (draft.getStep()) {
			case AGENCY -> agencyStep.answer(draft, command);
			case CATEGORY -> category(draft, command);
			case DETAILS, REVIEW -> details(userId, draft, command);
			default -> prompts.unexpected(draft, command);
		};
	}

	private ComplaintStep category(ComplaintDraft draft, ComplaintCommand command) {
		Optional<Category> category = command instanceof PickCategory p ? Optional.of(p.category())
				: command instanceof Text t ? Category.parse(t.text()) : Optional.empty();
		if (category.isEmpty()) {
			return prompts.unexpected(draft, command);
		}
		draft.setCategory(category.get());
		draft.setStep(Step.DETAILS);
		return prompts.prompt(drafts.save(draft));
	}

	/** Writing (a text adds a part, "done" shows the summary) or at the summary (confirm files it). */
	private ComplaintStep details(String userId, ComplaintDraft draft, ComplaintCommand command) {
		if (command instanceof Text t) {
			return addPart(draft, t.text());
		}
		if (command instanceof Done) {
			if (draft.getParts().isEmpty()) {
				return new ComplaintStep.Hint(Reason.NO_DETAILS_YET, prompts.prompt(draft));
			}
			draft.setStep(Step.REVIEW);
			return prompts.prompt(drafts.save(draft));
		}
		if (command instanceof Confirm && draft.getStep() == Step.REVIEW) {
			return filing.file(userId, draft);
		}
		return prompts.unexpected(draft, command);
	}

	private ComplaintStep addPart(ComplaintDraft draft, String text) {
		TypedText typed = TypedText.of(text);
		if (typed.refused()) {
			return new ComplaintStep.Hint(typed.refusal(), prompts.prompt(draft));
		}
		if (draft.characters() + typed.length() > ComplaintService.MAX_TEXT) {
			return new ComplaintStep.Hint(Reason.TEXT_TOO_LONG, prompts.prompt(draft));
		}
		draft.getParts().add(typed.text());
		draft.setStep(Step.DETAILS);
		return prompts.collecting(drafts.save(draft), false);
	}

	/** A stored photo, attached to the draft read again (it may have moved on while the photo came). */
	ComplaintStep addPhoto(String key, String photoId) {
		Optional<ComplaintDraft> found = drafts.current(key);
		if (found.isEmpty()) {
			return new ComplaintStep.NoDraft();
		}
		ComplaintDraft draft = found.get();
		if (!takesPhotos(draft)) {
			return new ComplaintStep.Hint(Reason.PHOTO_NOT_HERE, prompts.prompt(draft));
		}
		if (draft.getPhotoIds().size() >= ComplaintService.MAX_PHOTOS) {
			return new ComplaintStep.Hint(Reason.TOO_MANY_PHOTOS, prompts.prompt(draft));
		}
		draft.getPhotoIds().add(photoId);
		draft.setStep(Step.DETAILS);
		return prompts.collecting(drafts.save(draft), true);
	}

	/** Photos are taken while writing and at the summary. */
	static boolean takesPhotos(ComplaintDraft draft) {
		return draft.getKind() == Kind.COMPLAINT && (draft.getStep() == Step.DETAILS || draft.getStep() == Step.REVIEW);
	}
}
