package th.ita.survey.scores;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Staff's judgement of one OIT checklist item for an agency and fiscal year: published (pass) or
 * not, with the evidence link. One document per item, replaced by the newest judgement.
 */
@Document("oit_items")
public record OitJudgement(@Id String id, String agency, int fiscalYear, String item, boolean pass, String url,
		Instant judgedAt) {

	public static String id(String agency, int fiscalYear, String item) {
		return agency + ":" + fiscalYear + ":" + item;
	}
}
