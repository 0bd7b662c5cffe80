package th.ita.bot.system;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs the admin command named by the first argument, then exits with its status. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AdminCommandRunner implements ApplicationRunner {

	private final List<AdminCommand> commands;

	private final ConfigurableApplicationContext context;

	AdminCommandRunner(List<AdminCommand> commands, ConfigurableApplicationContext context) {
		this.commands = commands;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		String[] raw = args.getSourceArgs();
		if (raw.length == 0 || raw[0].startsWith("-")) {
			return; // the bot itself
		}
		List<String> rest = Arrays.asList(raw).subList(1, raw.length);
		int status = commands.stream()
			.filter(c -> c.name().equals(raw[0]))
			.findFirst()
			.map(c -> c.run(rest))
			.orElseGet(() -> {
				System.err.println("unknown command: " + raw[0] + "\ncommands:");
				commands.forEach(c -> System.err.println("  " + c.usage()));
				return 64;
			});
		System.exit(SpringApplication.exit(context, () -> status));
	}
}
