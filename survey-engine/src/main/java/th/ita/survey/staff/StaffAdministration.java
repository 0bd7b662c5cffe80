package th.ita.survey.staff;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.staff.StaffMember.Role;

/**
 * Administration from the chat, inside the running bot: codes, roles, agencies, IIT access codes
 * and display screens. An agency admin manages their agency; a province admin every agency, and
 * only a province admin adds agencies or makes another province admin. Every request, refused ones
 * included, goes to the audit trail under the admin's STAFF pseudonym.
 */
public class StaffAdministration {

	static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffDirectory staff;

	private final StaffRegistration registration;

	private final StaffAudit audit;

	private final AgencyDirectory agencies;

	private final DisplayScreens screens;

	public StaffAdministration(StaffDirectory staff, StaffRegistration registration, StaffAudit audit,
			AgencyDirectory agencies, DisplayScreens screens) {
		this.staff = staff;
		this.registration = registration;
		this.audit = audit;
		this.agencies = agencies;
		this.screens = screens;
	}

	public AdminReply handle(String userId, AdminRequest request) {
		String key = staff.staffKey(userId);
		Optional<StaffMember> admin = staff.findByKey(key);
		String agency = admin.map(a -> request.agency() == null ? a.agency() : Agency.normalize(request.agency()))
			.orElse(null);
		AdminReply reply = admin.isEmpty() ? new AdminReply.NotStaff() : answer(admin.get(), agency, request);
		audit.record(key, request.audit(), agency, reply.outcome());
		return reply;
	}

	private AdminReply answer(StaffMember admin, String agency, AdminRequest request) {
		if (request instanceof AdminRequest.AddAgency add) {
			return admin.provinceAdmin() ? addAgency(add) : new AdminReply.NotAllowed(null, Role.PROVINCE_ADMIN);
		}
		if (request instanceof AdminRequest.RevokeCode r) {
			return registration.revoke(admin, r.codeOrRef())
				.<AdminReply>map(AdminReply.CodeRevoked::new)
				.orElseGet(AdminReply.CodeNotFound::new);
		}
		if (request instanceof AdminRequest.SetRoles s) {
			return setRoles(admin, s);
		}
		if (request instanceof AdminRequest.RemoveStaff r) {
			return remove(admin, r.shortId());
		}
		if (request instanceof AdminRequest.RevokeScreen r) {
			Optional<DisplayScreens.Screen> screen = screens.byShortId(r.shortId())
				.filter(s -> admin.may(Role.AGENCY_ADMIN, s.agency()));
			screen.ifPresent(screens::revoke);
			return screen.<AdminReply>map(AdminReply.ScreenRevoked::new)
				.orElseGet(() -> new AdminReply.ScreenNotFound(r.shortId()));
		}
		if (!admin.may(Role.AGENCY_ADMIN, agency)) {
			return new AdminReply.NotAllowed(agency, Role.AGENCY_ADMIN);
		}
		Optional<Agency> found = agencies.find(agency);
		if (found.isEmpty()) {
			return new AdminReply.UnknownAgency(agency);
		}
		Agency a = found.get();
		if (request instanceof AdminRequest.IssueCode i) {
			if (i.roles().contains(Role.PROVINCE_ADMIN) && !admin.provinceAdmin()) {
				return new AdminReply.NotAllowed(agency, Role.PROVINCE_ADMIN);
			}
			return new AdminReply.CodeIssued(
					registration.issue(a.code(), i.roles(), StaffRegistration.DEFAULT_VALIDITY, admin.id()), a);
		}
		if (request instanceof AdminRequest.ListCodes) {
			return new AdminReply.Codes(a.code(), registration.pending(a.code()));
		}
		if (request instanceof AdminRequest.ListStaff) {
			return new AdminReply.Members(a.code(), staff.members(a.code()), admin.id());
		}
		if (request instanceof AdminRequest.RenameAgency r) {
			if (!validName(r.name())) {
				return new AdminReply.BadValue("name");
			}
			return new AdminReply.AgencyRenamed(agencies.save(a.withName(r.name().strip())), a.name());
		}
		if (request instanceof AdminRequest.SetIitCode s) {
			if (s.code() == null || !s.code().matches("[A-Za-z0-9_-]{4,30}")) {
				return new AdminReply.BadValue("iit-code");
			}
			return new AdminReply.IitCodeSet(agencies.save(a.withIitAccessCode(s.code())));
		}
		if (request instanceof AdminRequest.CreateScreen c) {
			String label = c.label() == null || c.label().isBlank() ? "จอแสดงผล" : c.label().strip();
			if (!validName(label)) {
				return new AdminReply.BadValue("label");
			}
			return new AdminReply.ScreenCreated(screens.create(a.code(), label), a);
		}
		if (request instanceof AdminRequest.ListScreens) {
			return new AdminReply.Screens(a.code(), screens.of(a.code()));
		}
		throw new IllegalArgumentException("not an admin request: " + request.audit());
	}

	private AdminReply addAgency(AdminRequest.AddAgency add) {
		if (add.code() == null || !add.code().matches("[A-Za-z][A-Za-z0-9_-]{1,19}") || !validName(add.name())) {
			return new AdminReply.BadValue("agency");
		}
		Optional<Agency> existing = agencies.find(add.code());
		if (existing.isPresent()) {
			return new AdminReply.AgencyExists(existing.get());
		}
		return new AdminReply.AgencyAdded(agencies.save(new Agency(add.code(), add.name().strip(), randomAccessCode(), null, null)));
	}

	private AdminReply setRoles(StaffMember admin, AdminRequest.SetRoles s) {
		Optional<StaffMember> target = staff.byShortId(s.shortId()).filter(m -> admin.may(Role.AGENCY_ADMIN, m.agency()));
		if (target.isEmpty()) {
			return new AdminReply.MemberNotFound(s.shortId());
		}
		StaffMember m = target.get();
		boolean touchesProvince = s.roles().contains(Role.PROVINCE_ADMIN) != m.provinceAdmin();
		if (touchesProvince && !admin.provinceAdmin()) {
			return new AdminReply.NotAllowed(m.agency(), Role.PROVINCE_ADMIN);
		}
		if (m.id().equals(admin.id()) && (lost(m, s.roles(), Role.AGENCY_ADMIN) || lost(m, s.roles(), Role.PROVINCE_ADMIN))) {
			return new AdminReply.OwnAdminRole();
		}
		Set<Role> before = EnumSet.copyOf(m.roles().isEmpty() ? EnumSet.noneOf(Role.class) : m.roles());
		return new AdminReply.RolesSet(staff.save(m.withRoles(s.roles())), before);
	}

	private static boolean lost(StaffMember m, Set<Role> roles, Role role) {
		return m.roles().contains(role) && !roles.contains(role);
	}

	private AdminReply remove(StaffMember admin, String shortId) {
		Optional<StaffMember> target = staff.byShortId(shortId).filter(m -> admin.may(Role.AGENCY_ADMIN, m.agency()));
		if (target.isEmpty()) {
			return new AdminReply.MemberNotFound(shortId);
		}
		if (target.get().id().equals(admin.id())) {
			return new AdminReply.OwnAdminRole();
		}
		if (target.get().provinceAdmin() && !admin.provinceAdmin()) {
			return new AdminReply.NotAllowed(target.get().agency(), Role.PROVINCE_ADMIN);
		}
		staff.remove(target.get());
		return new AdminReply.MemberRemoved(target.get());
	}

	private static boolean validName(String name) {
		return name != null && !name.isBlank() && name.strip().codePointCount(0, name.strip().length()) <= 120
				&& name.chars().noneMatch(Character::isISOControl);
	}

	/** The IIT access code of a new agency, for its admin to hand to its personnel (and change). */
	static String randomAccessCode() {
		StringBuilder sb = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return sb.toString();
	}
}
