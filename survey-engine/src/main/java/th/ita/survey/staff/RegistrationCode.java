package th.ita.survey.staff;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A one-time staff registration code as stored: only its SHA-256, never the code itself, so a copy
 * of the database cannot be used to register. Deleted when used; useless after {@code expiresAt}.
 */
@Document("staff_codes")
record RegistrationCode(@Id String id, String agency, StaffMember.Role role, Instant issuedAt, Instant expiresAt) {
}
