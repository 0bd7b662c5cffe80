package th.ita.survey.staff;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One staff command: who (the STAFF pseudonym, also for people who are not staff), what (the
 * command in canonical form, e.g. {@code item i18}, never free text or codes), for which agency,
 * how it ended and when.
 */
@Document("staff_audit")
public record StaffAuditEntry(@Id String id, String staff, String command, String agency, String outcome, Instant at) {
}
