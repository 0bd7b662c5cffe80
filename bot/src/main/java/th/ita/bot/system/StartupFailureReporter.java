package th.ita.bot.system;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Prints the failures an operator causes and can fix as one line instead of a stack trace: a
 * {@link StartupRefusal} (secrets), and the embedded database's file held by a running bot (an admin
 * command or a second bot started beside it). Other failures go to Spring Boot's own reporters.
 * Registered in {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureReporter implements SpringBootExceptionReporter {

	StartupFailureReporter(ConfigurableApplicationContext context) {
	}

	@Override
	public boolean reportException(Throwable failure) {
		String line = line(failure);
		if (line == null) {
			return false;
		}
		System.err.println(line);
		return true;
	}

	/** The one line for a failure we explain, or null. */
	static String line(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof StartupRefusal refusal) {
				return refusal.getMessage();
			}
			String m = t.getMessage();
			if (m != null && m.contains("The file is locked")) {
				String file = m.replaceAll("(?s).*The file is locked: ?([^\\s\\[]+).*", "$1");
				return "ฐานข้อมูล " + file + " กำลังถูกใช้โดยบอทที่ทำงานอยู่ ให้ใช้คำสั่งผู้ดูแลในแชตแทน หรือหยุดบอทก่อน"
						+ " / The embedded database " + file + " is in use by a running bot: use the admin commands in"
						+ " the chat, or stop the bot first.";
			}
		}
		return null;
	}
}
