package th.ita.bot.system;

import java.util.List;

/**
 * A one-shot admin task run from the command line with the bot's settings and database:
 * {@code java -jar bot/target/ita-bot.jar <name> [options]}. Implement as a bean; it prints its
 * result to standard output and returns the process exit status.
 */
public interface AdminCommand {

	String name();

	/** One line for the usage text. */
	String usage();

	int run(List<String> args);
}
