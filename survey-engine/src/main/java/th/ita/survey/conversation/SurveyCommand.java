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

	/**
	 * Typed text during a survey: an access code when one is awaited, otherwise an answer to the item
	 * shown (its number 1..n or its words) or something the survey answers with a hint.
	 */
	record Text(String text) implements SurveyCommand {
	}

	/** A sticker, image, location... during a survey. */
	record Other() implements SurveyCommand {
	}

	record Back() implements SurveyCommand {
	}

	/** Asks to cancel: the survey shows what would be deleted and waits for {@link CancelConfirmed}. */
	record Cancel() implements SurveyCommand {
	}

	/**
	 * The person confirmed the cancellation: the answers are deleted. A tap names the survey it was
	 * shown for (a confirmation left in the chat cannot delete a later survey); typed, both are null.
	 */
	record CancelConfirmed(Tool tool, String agency) implements SurveyCommand {
	}

	/**
	 * From the summary: change one answer, named by its item id (a tap) or by its number in the form
	 * ("แก้ไขข้อ 5"); after answering, the summary comes back.
	 */
	record Edit(String item, int number) implements SurveyCommand {

		public static Edit item(String item) {
			return new Edit(item, 0);
		}

		public static Edit number(int number) {
			return new Edit(null, number);
		}
	}

	/** Show the current question again. */
	record Resume() implements SurveyCommand {
	}

	/** Confirm at the summary. */
	record Submit() implements SurveyCommand {
	}
}
