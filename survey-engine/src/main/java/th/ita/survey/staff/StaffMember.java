package th.ita.survey.staff;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered staff member, known only by the STAFF pseudonym of their LINE userId. Agency staff
 * see their agency; a province admin ({@code ADMIN}) sees all agencies.
 */
@Document("staff")
public record StaffMember(@Id String id, String agency, Role role, LocalDate registeredOn) {

	public enum Role {
		STAFF, ADMIN
	}

	public boolean mayAct(String agencyCode) {
		return role == Role.ADMIN || agency.equalsIgnoreCase(agencyCode);
	}
}
