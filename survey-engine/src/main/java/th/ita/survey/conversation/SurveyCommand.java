package th.ita.survey.conversation;

import th.ita.scoring.Tool;

/** What a person asked the survey to do, already parsed from chat input by the bot. */
public sealed interface SurveyCommand {

	/** Start (or resume) a form for an agency; IIT needs the agency's access code. */
	record Start(Tool tool, String agency, String accessCode) implements SurveyCommand {
	}

	/** A button tap: the postback names form, agency and item, so a stale button is recognised. */
	record Choose(Tool tool, String agency, String item, String value) implements SurveyCommand {
	}

	/** Typed text during a survey (an access code when one is awaited, otherwise not an answer). */
	record Text(String text) implements SurveyCommand {
	}

	/** A sticker, image, location... during a survey. */
	record Other() implements SurveyCommand {
	}

	record Back() implements SurveyCommand {
	}

	record Cancel() implements SurveyCommand {
	}

	/** Show the current question again. */
	record Resume() implements SurveyCommand {
	}

	/** Confirm at the summary. */
	record Submit() implements SurveyCommand {
	}
}
