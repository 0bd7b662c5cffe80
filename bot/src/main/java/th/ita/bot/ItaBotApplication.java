package th.ita.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ItaBotApplication {

	public static void main(String[] args) {
		SpringApplication.run(ItaBotApplication.class, args);
	}
}
