package th.ita.survey.staff;

import java.util.Set;

/**
 * What an admin asks in the chat. {@code agency} null means the admin's own; only a province admin
 * may name another. {@link #audit()} is what the audit trail keeps: no codes, names or labels.
 */
public sealed interface AdminRequest {

	default String agency() {
		return null;
	}

	/**
	 * The audit lines of all requests in one table, where "no codes, names or labels" is checked at a
	 * glance; a request missing here fails on its first use (every request is audited).
	 */
	default String audit() {
		if (this instanceof IssueCode issue) {
			return "issue code " + issue.roles();
		}
		if (this instanceof SetRoles set) {
			return "set roles " + set.shortId() + " " + set.roles();
		}
		if (this instanceof RemoveStaff remove) {
			return "remove staff " + remove.shortId();
		}
		if (this instanceof AddAgency add) {
			return "add agency " + add.code();
		}
		if (this instanceof RevokeScreen revoke) {
			return "revoke display screen " + revoke.shortId();
		}
		return this instanceof ListCodes ? "list codes"
				: this instanceof RevokeCode ? "revoke code"
				: this instanceof ListStaff ? "list staff"
				: this instanceof RenameAgency ? "rename agency"
				: this instanceof SetIitCode ? "set iit code"
				: this instanceof CreateScreen ? "create display screen"
				: this instanceof ListScreens ? "list display screens"
				: unlisted(this);
	}

	record IssueCode(Set<StaffMember.Role> roles, String agency) implements AdminRequest {
	}

	record ListCodes(String agency) implements AdminRequest {
	}

	record RevokeCode(String codeOrRef) implements AdminRequest {
	}

	record ListStaff(String agency) implements AdminRequest {
	}

	record SetRoles(String shortId, Set<StaffMember.Role> roles) implements AdminRequest {
	}

	record RemoveStaff(String shortId) implements AdminRequest {
	}

	record AddAgency(String code, String name) implements AdminRequest {
	}

	record RenameAgency(String name, String agency) implements AdminRequest {
	}

	record SetIitCode(String code, String agency) implements AdminRequest {
	}

	record CreateScreen(String label, String agency) implements AdminRequest {
	}

	record ListScreens(String agency) implements AdminRequest {
	}

	record RevokeScreen(String shortId) implements AdminRequest {
	}

	private static String unlisted(Object request) {
		throw new IllegalStateException("no audit line for " + request.getClass().getSimpleName());
	}
}
