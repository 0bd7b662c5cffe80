package th.ita.bot.staff;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.ita.bot.system.AdminCommand;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffRegistration;

/**
 * {@code java -jar ita-bot.jar staff-code --agency PKT [--role admin] [--hours 72]}: creates a
 * one-time registration code and prints it (first line: the code alone, for scripts).
 */
@Component
class StaffCodeCommand implements AdminCommand {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

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
		return "staff-code --agency CODE [--role staff|admin] [--hours 72]   one-time staff registration code";
	}

	@Override
	public int run(List<String> args) {
		return run(args, System.out, System.err);
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		try {
			options = AdminOptions.parse(args, List.of("agency", "role", "hours"));
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
		StaffMember.Role role;
		long hours;
		try {
			role = StaffMember.Role.valueOf(options.getOrDefault("role", "staff").toUpperCase(Locale.ROOT));
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
		StaffRegistration.IssuedCode issued = registration.issue(agency.code(), role, Duration.ofHours(hours));
		out.println(issued.code());
		out.println("รหัสลงทะเบียนเจ้าหน้าที่ " + agency.name() + " (" + agency.code() + ") สิทธิ์ "
				+ (role == StaffMember.Role.ADMIN ? "ผู้ดูแลระดับจังหวัด (ดูได้ทุกหน่วยงาน)" : "เจ้าหน้าที่หน่วยงาน"));
		out.println("ใช้ได้ครั้งเดียว หมดอายุ " + th.ita.bot.line.ThaiDates.format(issued.expiresAt()));
		out.println("ให้เจ้าหน้าที่ส่งข้อความนี้ถึงบอท LINE: ลงทะเบียน " + issued.code());
		return 0;
	}
}
