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
		/** Typed text or a sticker where a button was expected. */
		USE_BUTTONS,
		/** A tap on a button of another question or survey; nothing was recorded. */
		STALE_BUTTON,
		/** Returning after a pause: where they left off. */
		RESUMED
	}

	record Ask(Tool tool, Agency agency, Question question, Item item, int number, int total, String currentAnswer,
			Hint hint) implements SurveyStep {
	}

	record Review(Tool tool, Agency agency, List<ReviewLine> lines, int answered, int total) implements SurveyStep {
	}

	record ReviewLine(String item, String label) {
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
