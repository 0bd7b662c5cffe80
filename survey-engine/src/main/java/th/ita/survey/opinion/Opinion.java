package th.ita.survey.opinion;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A suggestion to an agency, optionally about one of the ten ITA indicators ({@code topic} is the
 * indicator id, "1" to "10", or null). Anonymous like a complaint: no userId, no pseudonym, the
 * date only.
 */
@Document("opinions")
public record Opinion(@Id String id, String agency, String topic, String text, LocalDate submittedOn, int fiscalYear) {
}
