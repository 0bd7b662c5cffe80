package th.ita.survey.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A one-time staff registration code as stored: only its SHA-256, never the code itself, so a copy
 * of the database cannot be used to register. Deleted when used; useless after {@code expiresAt}.
 * {@code issuedBy} is the issuing admin's STAFF pseudonym (null: the command line or the try page);
 * a {@code bootstrap} code makes the first province admin and is replaced at every start until used.
 */
@Document("staff_codes")
record RegistrationCode(@Id String id, String agency, Set<StaffMember.Role> roles, Instant issuedAt, Instant expiresAt,
		String issuedBy, boolean bootstrap) {

	RegistrationCode {
		roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(StaffMember.Role.class) : EnumSet.copyOf(roles);
	}
}
