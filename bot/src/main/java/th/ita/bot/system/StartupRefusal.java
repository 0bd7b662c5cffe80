package th.ita.bot.system;

/**
 * The bot will not start, for a reason the operator can fix; the message is one line, Thai then
 * English, naming what to change. Printed alone, without a stack trace ({@link StartupFailureReporter}).
 */
public class StartupRefusal extends RuntimeException {

	public StartupRefusal(String message) {
		super(message, null, false, false);
	}
}
