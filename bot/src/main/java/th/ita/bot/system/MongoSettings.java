package th.ita.bot.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the bot talks to its database ({@code ita.mongo.*}); the database's name is Spring's own
 * {@code spring.mongodb.database}, for the embedded server as for a MongoDB URI.
 *
 * @param serverSelectionTimeout how long a command waits for a reachable server before failing
 * (the webhook then answers 503 and LINE sends again)
 * @param socketTimeout how long a command waits for its answer
 */
@ConfigurationProperties("ita.mongo")
public record MongoSettings(Duration serverSelectionTimeout, Duration socketTimeout) {

	public MongoSettings {
		serverSelectionTimeout = serverSelectionTimeout == null ? Duration.ofMillis(1500) : serverSelectionTimeout;
		socketTimeout = socketTimeout == null ? Duration.ofSeconds(10) : socketTimeout;
	}
}
