package th.ita.survey.conversation;

import java.util.List;

import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;

/** What the survey answers, as domain records; the bot renders them as chat messages. */
public sealed interface SurveyStep {

	/** Why a question is asked again. */
	enum Hint {
		/** Typed text that is no answer of this item, or a sticker. */
		USE_BUTTONS,
		/** Typed text at the summary: it is not an answer, say what can be typed there. */
		AT_SUMMARY,
		/** A tap on a button of another question or survey; nothing was recorded. */
		STALE_BUTTON,
		/** Returning after a pause: where they left off. */
		RESUMED
	}

	/**
	 * One item to answer. {@code editing}: the person came from the summary to change this answer
	 * and returns to it after answering.
	 */
	record Ask(Tool tool, Agency agency, Question question, Item item, int number, int total, String currentAnswer,
			Hint hint, boolean editing) implements SurveyStep {

		public Ask(Tool tool, Agency agency, Question question, Item item, int number, int total, String currentAnswer,
				Hint hint) {
			this(tool, agency, question, item, number, total, currentAnswer, hint, false);
		}
	}

	/** The summary before submit, answers in the form's order, grouped by indicator. */
	record Review(Tool tool, Agency agency, List<ReviewLine> lines, int answered, int total, Hint hint) implements SurveyStep {

		public Review(Tool tool, Agency agency, List<ReviewLine> lines, int answered, int total) {
			this(tool, agency, lines, answered, total, null);
		}
	}

	/**
	 * One answer in the summary: item id, the chosen option's label, the item's number in the form,
	 * the indicator it belongs to, the question's short stem (shared by its sub-items; empty for a
	 * question answered as a whole) and the item's own short wording.
	 */
	record ReviewLine(String item, String label, int number, String indicator, String question, String wording) {
	}

	/** Cancel asked: what would be deleted, waiting for the person's confirmation. */
	record ConfirmCancel(Tool tool, Agency agency, int answered, int total) implements SurveyStep {
	}

	record Submitted(Tool tool, Agency agency, int fiscalYear) implements SurveyStep {
	}

	record AlreadySubmitted(Tool tool, Agency agency, int fiscalYear) implements SurveyStep {
	}

	record Cancelled(Tool tool, Agency agency) implements SurveyStep {
	}

	record AskAccessCode(Agency agency, boolean retry) implements SurveyStep {
	}

	/** Too many wrong access codes: the IIT start is dropped. */
	record AccessDenied(Agency agency) implements SurveyStep {
	}

	/** Too many wrong access codes today: no code is checked until tomorrow. */
	record AccessLocked(Agency agency) implements SurveyStep {
	}

	record UnknownAgency(String code) implements SurveyStep {
	}

	/** Nothing in progress (e.g. "back" with no survey). */
	record NoSurvey() implements SurveyStep {
	}

	/** A new start while another survey is under way: that one is kept until the person cancels it. */
	record OtherSurveyInProgress(Ask current) implements SurveyStep {
	}
}
