package th.ita.survey.complaint;

import java.time.LocalDate;
import java.util.List;

import th.ita.survey.agency.Agency;
import th.ita.survey.complaint.ComplaintDraft.Kind;
import th.ita.survey.opinion.Topic;

/** What the channel answers, as domain records; the bot renders them as chat messages. */
public sealed interface ComplaintStep {

	record ChooseAgency(Kind kind, List<Agency> agencies) implements ComplaintStep {
	}

	record ChooseCategory(Agency agency) implements ComplaintStep {
	}

	record ChooseTopic(Agency agency, List<Topic> topics) implements ComplaintStep {
	}

	/** Asks for the text (and photos, for a complaint). {@code category} or {@code topic} may be null. */
	record AskDetails(Kind kind, Agency agency, Category category, Topic topic) implements ComplaintStep {
	}

	/** A text part or a photo was added to the complaint being written. */
	record Collecting(Agency agency, Category category, int parts, int characters, int photos, boolean photoAdded)
			implements ComplaintStep {
	}

	record Review(Agency agency, Category category, String text, int photos) implements ComplaintStep {
	}

	/** Filed. {@code reissued}: an interrupted filing was finished with a new code. */
	record Filed(Agency agency, ReceiptCode code, boolean reissued) implements ComplaintStep {
	}

	record OpinionSent(Agency agency, Topic topic) implements ComplaintStep {
	}

	record AskCode() implements ComplaintStep {
	}

	/** What the holder of a receipt code may read; {@code code} lets the bot offer "add information". */
	record Status(StatusView view, ReceiptCode code) implements ComplaintStep {
	}

	record NotFound(boolean malformed) implements ComplaintStep {
	}

	record Adding(StatusView view) implements ComplaintStep {
	}

	record InfoAdded(boolean photo, int photos) implements ComplaintStep {
	}

	record FollowUpEnded() implements ComplaintStep {
	}

	record Cancelled(Kind kind) implements ComplaintStep {
	}

	/** Nothing under way (a tap on an old button, or the draft expired). */
	record NoDraft() implements ComplaintStep {
	}

	/** Why nothing was stored (or where the person is), then the current prompt again (may be null). */
	record Hint(Reason reason, ComplaintStep prompt) implements ComplaintStep {
	}

	enum Reason {
		RESUMED, EMPTY_TEXT, PART_TOO_LONG, TEXT_TOO_LONG, TOO_MANY_PHOTOS, PHOTO_UNREADABLE, PHOTO_TOO_LARGE,
		PHOTO_UNAVAILABLE, PHOTO_NOT_HERE, UNSUPPORTED_KIND, NO_DETAILS_YET, PICK_FROM_BUTTONS, UNKNOWN_AGENCY,
		COMPLAINT_LIMIT, OPINION_LIMIT, ADDITION_LIMIT, WRONG_CODE_LIMIT, COMPLAINT_CLOSED, NOTES_FULL,
		ANOTHER_DRAFT_OPEN, FILING_IN_PROGRESS, PHOTO_FORMAT, PHOTO_HEIC, PHOTO_DIMENSIONS, PHOTO_TIMEOUT, PHOTO_BUSY,
		PHOTO_DAILY_LIMIT
	}

	/**
	 * A complaint as its complainant sees it: no case number, no receipt key; the text only as a
	 * short excerpt to tell complaints apart.
	 */
	record StatusView(Agency agency, Category category, String excerpt, LocalDate filedOn, ComplaintStatus status,
			List<Complaint.StatusChange> history, List<Complaint.Note> notes, int photos) {
	}
}
