package th.ita.bot.staff;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.ita.bot.system.AdminCommand;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffRegistration;

/**
 * {@code java -jar ita-bot.jar staff-code --agency PKT [--roles viewer,oit-editor] [--hours 72]}:
 * creates a one-time registration code and prints it (first line: the code alone, for scripts).
 * For a deployment on a shared MongoDB; with the embedded database admins issue codes in the chat
 * ({@code รหัสเจ้าหน้าที่}), since the running bot holds the database.
 */
@Component
class StaffCodeCommand implements AdminCommand {


	private final StaffRegistration registration;

	private final AgencyDirectory agencies;

	StaffCodeCommand(StaffRegistration registration, AgencyDirectory agencies) {
		this.registration = registration;
		this.agencies = agencies;
	}

	@Override
	public String name() {
		return "staff-code";
	}

	@Override
	public String usage() {
		return "staff-code --agency CODE [--roles viewer,oit-editor,complaint-officer,agency-admin,province-admin] [--hours 72]"
				+ "   one-time staff registration code";
	}

	@Override
	public int run(List<String> args) {
		return run(args, System.out, System.err);
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		try {
			options = AdminOptions.parse(args, List.of("agency", "roles", "hours"));
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage() + "\nusage: " + usage());
			return 64;
		}
		String code = options.get("agency");
		if (code == null) {
			err.println("--agency is required\nusage: " + usage());
			return 64;
		}
		Agency agency = agencies.find(code).orElse(null);
		if (agency == null) {
			err.println("unknown agency " + code + "; agencies: "
					+ agencies.all().stream().map(Agency::code).toList());
			return 65;
		}
		Set<StaffMember.Role> roles = EnumSet.noneOf(StaffMember.Role.class);
		long hours;
		try {
			for (String r : options.getOrDefault("roles", "viewer").split(",")) {
				roles.add(StaffMember.Role.parse(r.trim())
					.orElseThrow(() -> new IllegalArgumentException("unknown role " + r.trim())));
			}
			hours = Long.parseLong(options.getOrDefault("hours",
					String.valueOf(StaffRegistration.DEFAULT_VALIDITY.toHours())));
			if (hours < 1 || hours > 24 * 30) {
				throw new IllegalArgumentException("--hours must be 1 to 720");
			}
		}
		catch (IllegalArgumentException ex) {
			err.println("bad option: " + ex.getMessage() + "\nusage: " + usage());
			return 64;
		}
		StaffRegistration.IssuedCode issued = registration.issue(agency.code(), roles, Duration.ofHours(hours));
		out.println(issued.code());
		out.println("รหัสลงทะเบียนเจ้าหน้าที่ " + agency.name() + " (" + agency.code() + ") สิทธิ์ "
				+ AdminMessages.roles(issued.roles()));
		out.println("ใช้ได้ครั้งเดียว หมดอายุ " + th.ita.bot.line.ThaiDates.format(issued.expiresAt()));
		out.println("ให้เจ้าหน้าที่ส่งข้อความนี้ถึงบอท LINE: ลงทะเบียน " + issued.code());
		return 0;
	}
}
