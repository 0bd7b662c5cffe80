package th.ita.survey.response;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * "This person already submitted this form for this agency this fiscal year": only a keyed hash of
 * userId + agency + form + year, in its own collection, with nothing that leads to the response.
 */
@Document("submission_marks")
public record SubmissionMark(@Id String id, int fiscalYear) {
}
