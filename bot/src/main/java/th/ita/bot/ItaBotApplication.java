package th.ita.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ItaBotApplication {

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(ItaBotApplication.class);
		if (args.length > 0 && !args[0].startsWith("-")) {
			// an admin command (java -jar ita-bot.jar staff-code --agency PKT): same settings and
			// database as the bot, no web server; it runs and exits
			app.setWebApplicationType(WebApplicationType.NONE);
		}
		app.run(args);
	}
}
