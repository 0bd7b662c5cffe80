package th.ita.survey.staff;

import java.util.List;
import java.util.Set;

import th.ita.survey.agency.Agency;

/** What the administration answers; the bot turns each into a Thai confirmation. */
public sealed interface AdminReply {

	default String outcome() {
		return getClass().getSimpleName();
	}

	record NotStaff() implements AdminReply {
	}

	/** The admin does not administer this agency, or the change needs a province admin. */
	record NotAllowed(String agency, StaffMember.Role needed) implements AdminReply {
	}

	record UnknownAgency(String code) implements AdminReply {
	}

	record BadValue(String what) implements AdminReply {
	}

	record CodeIssued(StaffRegistration.IssuedCode code, Agency agency) implements AdminReply {
	}

	record Codes(String agency, List<StaffRegistration.PendingCode> codes) implements AdminReply {
	}

	record CodeRevoked(String agency) implements AdminReply {
	}

	record CodeNotFound() implements AdminReply {
	}

	record Members(String agency, List<StaffMember> members, String self) implements AdminReply {
	}

	record RolesSet(StaffMember member, Set<StaffMember.Role> before) implements AdminReply {
	}

	record MemberRemoved(StaffMember member) implements AdminReply {
	}

	record MemberNotFound(String shortId) implements AdminReply {
	}

	/** An admin cannot take their own admin role away (nobody might be left to give it back). */
	record OwnAdminRole() implements AdminReply {
	}

	record AgencyAdded(Agency agency) implements AdminReply {
	}

	record AgencyExists(Agency agency) implements AdminReply {
	}

	record AgencyRenamed(Agency agency, String before) implements AdminReply {
	}

	record IitCodeSet(Agency agency) implements AdminReply {
	}

	record ScreenCreated(DisplayScreens.Screen screen, Agency agency) implements AdminReply {
	}

	record Screens(String agency, List<DisplayScreens.Screen> screens) implements AdminReply {
	}

	record ScreenRevoked(DisplayScreens.Screen screen) implements AdminReply {
	}

	record ScreenNotFound(String shortId) implements AdminReply {
	}
}
