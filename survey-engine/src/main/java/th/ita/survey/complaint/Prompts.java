package th.ita.survey.complaint;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.complaint.ComplaintCommand.Unsupported;
import th.ita.survey.complaint.ComplaintStep.Reason;
import th.ita.survey.opinion.Topic;

/** What the person is asked or shown, built from a draft or a complaint; reads only, writes nothing. */
record Prompts(MongoTemplate mongo, AgencyDirectory agencies, List<Topic> topics) {

	static final int EXCERPT = 80;

	Prompts {
		topics = List.copyOf(topics);
	}

	/** The question the person is at, as if asked again. */
	ComplaintStep prompt(ComplaintDraft draft) {
		Agency agency = draft.getAgency() == null ? null : agency(draft.getAgency());
		return switch (draft.getStep()) {
			case AGENCY -> chooseAgency(draft.getKind());
			case CATEGORY -> new ComplaintStep.ChooseCategory(agency);
			case TOPIC -> new ComplaintStep.ChooseTopic(agency, topics);
			case DETAILS -> draft.hasContent() ? collecting(draft, false)
					: new ComplaintStep.AskDetails(draft.getKind(), agency, draft.getCategory(), topic(draft.getTopic()));
			case REVIEW -> new ComplaintStep.Review(agency, draft.getCategory(), draft.text(), draft.getPhotoIds().size());
			case SUBMITTING -> new ComplaintStep.Hint(Reason.FILING_IN_PROGRESS, null);
			case CODE -> new ComplaintStep.AskCode();
			case ADDING -> {
				Complaint c = mongo.findById(draft.getComplaintId(), Complaint.class);
				yield c == null ? new ComplaintStep.NoDraft() : new ComplaintStep.Adding(view(c));
			}
		};
	}

	ComplaintStep.ChooseAgency chooseAgency(ComplaintDraft.Kind kind) {
		return new ComplaintStep.ChooseAgency(kind, agencies.all());
	}

	/** A message the step does not take: the question again, with why. */
	ComplaintStep unexpected(ComplaintDraft draft, ComplaintCommand command) {
		if (command instanceof Unsupported) {
			return new ComplaintStep.Hint(Reason.UNSUPPORTED_KIND, prompt(draft));
		}
		return new ComplaintStep.Hint(Reason.PICK_FROM_BUTTONS, prompt(draft));
	}

	ComplaintStep collecting(ComplaintDraft draft, boolean photoAdded) {
		return new ComplaintStep.Collecting(agency(draft.getAgency()), draft.getCategory(), draft.getParts().size(),
				draft.characters(), draft.getPhotoIds().size(), photoAdded);
	}

	ComplaintStep.StatusView view(Complaint c) {
		String excerpt = c.text() == null ? "" : c.text().strip();
		if (excerpt.codePointCount(0, excerpt.length()) > EXCERPT) {
			excerpt = excerpt.substring(0, excerpt.offsetByCodePoints(0, EXCERPT - 1)) + "…";
		}
		return new ComplaintStep.StatusView(agency(c.agency()), c.category(), excerpt, c.filedOn(), c.status(), c.history(),
				c.notes(), c.photoIds().size());
	}

	/** The agency by code; one removed since keeps its code as its name. */
	Agency agency(String code) {
		return agencies.find(code).orElse(new Agency(code, code, null, null, null));
	}

	Topic topic(String id) {
		return id == null ? null : Topic.find(topics, id).orElse(null);
	}

	boolean knownTopic(String id) {
		return Topic.find(topics, id).isPresent();
	}
}
