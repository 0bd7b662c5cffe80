package th.ita.survey.response;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;

/**
 * A submitted questionnaire. Holds what the ITA needs and nothing that points to the person: no
 * LINE userId, no pseudonym, a random id (not an ObjectId, whose embedded timestamp would give the
 * second of submission) and the date only. {@code counted} turns true once the answers are in the
 * live counters; a startup sweep finishes any that a crash left uncounted.
 */
@Document("responses")
@CompoundIndex(name = "agency_year_tool", def = "{'agency': 1, 'fiscalYear': 1, 'tool': 1}")
public record SurveyResponse(@Id String id, Tool tool, String agency, int fiscalYear, List<Answer> answers,
		LocalDate submittedOn, boolean counted) {

	public SurveyResponse markCounted() {
		return new SurveyResponse(id, tool, agency, fiscalYear, answers, submittedOn, true);
	}
}
