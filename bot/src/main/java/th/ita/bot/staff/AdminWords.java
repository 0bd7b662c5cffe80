package th.ita.bot.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import th.ita.survey.staff.AdminRequest;
import th.ita.survey.staff.StaffMember.Role;

/**
 * Reads admin commands from chat text, Thai word first, English alias second. A province admin
 * may end a command with an agency code. Empty: not an admin word; {@code null} request inside:
 * an admin word with arguments that do not fit (the usage is shown).
 */
final class AdminWords {

	private static final Pattern AGENCY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,19}");

	private AdminWords() {
	}

	/** A parsed admin command: the request, or null with the word whose usage to show. */
	record Parsed(AdminRequest request, String word) {
	}

	static Optional<Parsed> parse(String text) {
		String[] t = StaffCommands.thaiDigitsToArabic(text == null ? "" : text.trim()).split("\\s+");
		String word = t[0].toUpperCase(Locale.ROOT);
		List<String> args = Arrays.asList(t).subList(1, t.length);
		AdminRequest request;
		switch (word) {
			case "รหัสเจ้าหน้าที่", "STAFF-CODE" -> request = issue(args);
			case "รหัสที่ออก", "CODES" -> request = args.size() <= 1 && agencyOrNone(args, 0) ? new AdminRequest.ListCodes(arg(args, 0)) : null;
			case "ยกเลิกรหัส", "REVOKE-CODE" -> request = args.isEmpty() || args.size() > 2 ? null : new AdminRequest.RevokeCode(String.join("", args));
			case "เจ้าหน้าที่", "STAFF" -> request = args.size() <= 1 && agencyOrNone(args, 0) ? new AdminRequest.ListStaff(arg(args, 0)) : null;
			case "สิทธิ์", "ROLES" -> request = roles(args);
			case "ถอนสิทธิ์", "REMOVE-STAFF" -> request = args.size() == 1 ? new AdminRequest.RemoveStaff(args.get(0)) : null;
			case "เพิ่มหน่วยงาน", "ADD-AGENCY" -> request = args.size() >= 2 && AGENCY.matcher(args.get(0)).matches()
					? new AdminRequest.AddAgency(args.get(0).toUpperCase(Locale.ROOT), String.join(" ", args.subList(1, args.size())))
					: null;
			case "ชื่อหน่วยงาน", "RENAME-AGENCY" -> request = rename(args);
			case "รหัส", "IIT-CODE" -> request = iitCode(word, args);
			case "จอแสดงผล", "SCREEN" -> request = screen(args);
			case "จอแสดงผลทั้งหมด", "SCREENS" -> request = args.size() <= 1 && agencyOrNone(args, 0) ? new AdminRequest.ListScreens(arg(args, 0)) : null;
			case "ยกเลิกจอ", "REVOKE-SCREEN" -> request = args.size() == 1 ? new AdminRequest.RevokeScreen(args.get(0)) : null;
			default -> {
				return Optional.empty();
			}
		}
		if (word.equals("รหัส") && request == null && (args.isEmpty() || !args.get(0).equalsIgnoreCase("IIT"))) {
			return Optional.empty(); // "รหัส ..." that is not about the IIT code: not ours
		}
		return Optional.of(new Parsed(request, word));
	}

	/** {@code รหัสเจ้าหน้าที่ [ดูผล OIT ร้องเรียน ผู้ดูแล ผู้ดูแลจังหวัด] [AGENCY]}; no role: viewer. */
	private static AdminRequest issue(List<String> args) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		String agency = null;
		for (String a : args) {
			Optional<Role> role = Role.parse(a);
			if (role.isPresent()) {
				roles.add(role.get());
			}
			else if (agency == null && AGENCY.matcher(a).matches()) {
				agency = a;
			}
			else {
				return null;
			}
		}
		return new AdminRequest.IssueCode(roles.isEmpty() ? EnumSet.of(Role.VIEWER) : roles, agency);
	}

	/** {@code สิทธิ์ 1A2B3C ดูผล OIT}: the whole new set; at least one role. */
	private static AdminRequest roles(List<String> args) {
		if (args.size() < 2) {
			return null;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String a : args.subList(1, args.size())) {
			Optional<Role> role = Role.parse(a);
			if (role.isEmpty()) {
				return null;
			}
			roles.add(role.get());
		}
		return new AdminRequest.SetRoles(args.get(0), roles);
	}

	/** {@code ชื่อหน่วยงาน ชื่อใหม่} or, for a province admin, {@code ชื่อหน่วยงาน HRD ชื่อใหม่}. */
	private static AdminRequest rename(List<String> args) {
		if (args.isEmpty()) {
			return null;
		}
		if (args.size() >= 2 && AGENCY.matcher(args.get(0)).matches() && args.get(0).equals(args.get(0).toUpperCase(Locale.ROOT))) {
			return new AdminRequest.RenameAgency(String.join(" ", args.subList(1, args.size())), args.get(0));
		}
		return new AdminRequest.RenameAgency(String.join(" ", args), null);
	}

	/** {@code รหัส IIT NEWCODE [AGENCY]} or {@code IIT-CODE NEWCODE [AGENCY]}. */
	private static AdminRequest iitCode(String word, List<String> args) {
		List<String> rest = args;
		if (word.equals("รหัส")) {
			if (args.isEmpty() || !args.get(0).equalsIgnoreCase("IIT")) {
				return null;
			}
			rest = args.subList(1, args.size());
		}
		if (rest.isEmpty() || rest.size() > 2 || !agencyOrNone(rest, 1)) {
			return null;
		}
		return new AdminRequest.SetIitCode(rest.get(0), arg(rest, 1));
	}

	/** {@code จอแสดงผล [AGENCY] [ชื่อจอ ...]}. */
	private static AdminRequest screen(List<String> args) {
		if (!args.isEmpty() && AGENCY.matcher(args.get(0)).matches() && args.get(0).equals(args.get(0).toUpperCase(Locale.ROOT))) {
			return new AdminRequest.CreateScreen(String.join(" ", args.subList(1, args.size())), args.get(0));
		}
		return new AdminRequest.CreateScreen(String.join(" ", args), null);
	}

	private static boolean agencyOrNone(List<String> args, int index) {
		return args.size() <= index || AGENCY.matcher(args.get(index)).matches();
	}

	private static String arg(List<String> args, int index) {
		return args.size() > index ? args.get(index) : null;
	}
}
