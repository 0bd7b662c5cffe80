package th.ita.survey.staff;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered staff member, known only by the STAFF pseudonym of their LINE userId, with the roles
 * they hold in their agency. A province admin holds their roles in every agency.
 */
@Document("staff")
public record StaffMember(@Id String id, String agency, Set<Role> roles, LocalDate registeredOn) {

	public StaffMember {
		roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	/** What a person may do in an agency; only {@link #may} says what a role implies. */
	public enum Role {

		/** Scores, items, weaknesses, reports, the dashboard. */
		VIEWER("ดูผล", "ผู้ดูผลคะแนนและรายงาน"),
		/** Records OIT judgements. */
		OIT_EDITOR("OIT", "ผู้บันทึกผล OIT"),
		/** Reads and answers complaints and opinions, changes their status. */
		COMPLAINT_OFFICER("ร้องเรียน", "เจ้าหน้าที่รับเรื่องร้องเรียน"),
		/** Manages the agency's staff, codes, display screens and settings. */
		AGENCY_ADMIN("ผู้ดูแล", "ผู้ดูแลหน่วยงาน"),
		/** An agency admin of every agency; adds agencies. */
		PROVINCE_ADMIN("ผู้ดูแลจังหวัด", "ผู้ดูแลระดับจังหวัด");

		private final String word;

		private final String label;

		Role(String word, String label) {
			this.word = word;
			this.label = label;
		}

		/** The word an admin types for it ({@code ดูผล}, {@code OIT}, ...). */
		public String word() {
			return word;
		}

		public String label() {
			return label;
		}

		/** By Thai word or English name, case ignored. */
		public static Optional<Role> parse(String text) {
			String t = text == null ? "" : text.trim();
			for (Role r : values()) {
				if (r.word.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t.replace('-', '_'))) {
					return Optional.of(r);
				}
			}
			return Optional.empty();
		}
	}

	public static StaffMember of(String id, String agency, LocalDate registeredOn, Role... roles) {
		return new StaffMember(id, agency, Set.of(roles), registeredOn);
	}

	public boolean provinceAdmin() {
		return roles.contains(Role.PROVINCE_ADMIN);
	}

	/** Any business in this agency at all (the agency is theirs, or they are a province admin). */
	public boolean mayAct(String agencyCode) {
		return provinceAdmin() || (agencyCode != null && agency.equalsIgnoreCase(agencyCode));
	}

	/**
	 * Whether the role's work is allowed in the agency. A province admin is an agency admin
	 * everywhere; any admin may view. Reading complaints and judging OIT need their own role, so an
	 * admin who wants them grants them to themselves, and the audit trail shows it.
	 */
	public boolean may(Role role, String agencyCode) {
		if (!mayAct(agencyCode)) {
			return false;
		}
		if (roles.contains(role)) {
			return true;
		}
		boolean admin = roles.contains(Role.AGENCY_ADMIN) || provinceAdmin();
		return switch (role) {
			case VIEWER -> admin;
			case AGENCY_ADMIN -> provinceAdmin();
			default -> false;
		};
	}

	/**
	 * How admins name a member in the chat: eight hex digits of a hash of the pseudonym, so it is
	 * typed in any case and says nothing about the pseudonym itself.
	 */
	public String shortId() {
		try {
			byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(h, 0, 4).toUpperCase(Locale.ROOT);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public StaffMember withRoles(Set<Role> newRoles) {
		return new StaffMember(id, agency, newRoles, registeredOn);
	}
}
