package th.ita.survey.staff;

import java.util.Set;

/**
 * What an admin asks in the chat. {@code agency} null means the admin's own; only a province admin
 * may name another. {@link #audit()} is what the audit trail keeps: no codes, names or labels.
 */
public sealed interface AdminRequest {

	String audit();

	default String agency() {
		return null;
	}

	record IssueCode(Set<StaffMember.Role> roles, String agency) implements AdminRequest {

		@Override
		public String audit() {
			return "issue code " + roles;
		}
	}

	record ListCodes(String agency) implements AdminRequest {

		@Override
		public String audit() {
			return "list codes";
		}
	}

	record RevokeCode(String codeOrRef) implements AdminRequest {

		@Override
		public String audit() {
			return "revoke code";
		}
	}

	record ListStaff(String agency) implements AdminRequest {

		@Override
		public String audit() {
			return "list staff";
		}
	}

	record SetRoles(String shortId, Set<StaffMember.Role> roles) implements AdminRequest {

		@Override
		public String audit() {
			return "set roles " + shortId + " " + roles;
		}
	}

	record RemoveStaff(String shortId) implements AdminRequest {

		@Override
		public String audit() {
			return "remove staff " + shortId;
		}
	}

	record AddAgency(String code, String name) implements AdminRequest {

		@Override
		public String audit() {
			return "add agency " + code;
		}
	}

	record RenameAgency(String name, String agency) implements AdminRequest {

		@Override
		public String audit() {
			return "rename agency";
		}
	}

	record SetIitCode(String code, String agency) implements AdminRequest {

		@Override
		public String audit() {
			return "set iit code";
		}
	}

	record CreateScreen(String label, String agency) implements AdminRequest {

		@Override
		public String audit() {
			return "create display screen";
		}
	}

	record ListScreens(String agency) implements AdminRequest {

		@Override
		public String audit() {
			return "list display screens";
		}
	}

	record RevokeScreen(String shortId) implements AdminRequest {

		@Override
		public String audit() {
			return "revoke display screen " + shortId;
		}
	}
}
