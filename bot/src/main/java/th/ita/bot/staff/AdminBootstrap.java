package th.ita.bot.staff;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.staff.StaffRegistration;

/**
 * The first province admin, without a shell: while nobody holds that role, every start of the bot
 * issues a one-time code (only its hash is stored; the previous start's code stops working) and
 * prints it in the start-up log; the try page shows it in local mode. Used once, it is gone and
 * later starts print nothing. Not for command-line admin commands, which only run and exit.
 */
public class AdminBootstrap implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final StaffRegistration registration;

	private final AgencyDirectory agencies;

	private final StaffSettings settings;

	private volatile String code;

	AdminBootstrap(StaffRegistration registration, AgencyDirectory agencies, StaffSettings settings) {
		this.registration = registration;
		this.agencies = agencies;
		this.settings = settings;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100; // after the agencies file is imported, before an admin command
	}

	@Override
	public void run(ApplicationArguments args) {
		String[] raw = args.getSourceArgs();
		if (raw.length > 0 && !raw[0].startsWith("-")) {
			return;
		}
		String agency = settings.bootstrapAgency().isBlank()
				? agencies.all().stream().map(Agency::code).findFirst().orElse("PROVINCE")
				: Agency.normalize(settings.bootstrapAgency());
		Optional<StaffRegistration.IssuedCode> issued = registration.bootstrap(agency);
		code = issued.map(StaffRegistration.IssuedCode::code).orElse(null);
		issued.ifPresent(c -> log.warn("No province admin yet. Send \"ลงทะเบียน {}\" to the bot to become the first one "
				+ "(one-time code, valid until used; a new one is printed at each start until then). "
				+ "ยังไม่มีผู้ดูแลระดับจังหวัด: ส่งข้อความ \"ลงทะเบียน {}\" ถึงบอทเพื่อเป็นผู้ดูแลคนแรก", c.code(), c.code()));
	}

	/** The code while it is still unused (for the try page in local mode). */
	public Optional<String> unusedCode() {
		String c = code;
		if (c != null && !registration.isLive(c)) {
			code = null;
			c = null;
		}
		return Optional.ofNullable(c);
	}
}
