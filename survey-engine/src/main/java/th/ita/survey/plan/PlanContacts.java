package th.ita.survey.plan;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where to push plan reminders: the LINE userId of a staff member who recorded a measure, sealed by
 * the caller (never stored in clear), keyed by their STAFF pseudonym. Only staff who work on the plan
 * are here (they are told so), never a respondent.
 */
public class PlanContacts {

	private final MongoTemplate mongo;

	public PlanContacts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Document("plan_contacts")
	public record Contact(@Id String staffKey, String sealedUserId, String agency, Instant since) {
	}

	public void remember(String staffKey, String sealedUserId, String agency, Instant now) {
		mongo.save(new Contact(staffKey, sealedUserId, agency, now));
	}

	public Optional<Contact> of(String staffKey) {
		return Optional.ofNullable(mongo.findById(staffKey, Contact.class));
	}
}
