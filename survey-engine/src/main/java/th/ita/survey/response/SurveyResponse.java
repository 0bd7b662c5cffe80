package th.ita.survey.response;

import java.time.LocalDate;
import java.util.List;

import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;

/**
 * A submitted questionnaire as it goes into a {@link ResponseBuckets bucket}: what the ITA needs and
 * nothing that points to the person: no LINE userId, no pseudonym, a random key (never a time-based
 * id) and the date only. {@code counted} is kept for callers of the old layout and is ignored: a
 * sheet is counted in the same update that stores it.
 */
public record SurveyResponse(String id, Tool tool, String agency, int fiscalYear, List<Answer> answers,
		LocalDate submittedOn, boolean counted) {

	public SurveyResponse {
		answers = List.copyOf(answers);
	}
}
