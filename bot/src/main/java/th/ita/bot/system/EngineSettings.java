package th.ita.bot.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The survey engine's own settings ({@code ita.agencies-file}, {@code ita.agencies-cache},
 * {@code ita.sessions.cached}).
 *
 * @param agenciesFile where the agencies served come from (loaded into the database at start;
 * admins change them there), a Spring resource location
 * @param agenciesCache how long an agency read from the database is used before it is read again
 * @param sessions survey sessions kept in memory
 */
@ConfigurationProperties("ita")
public record EngineSettings(String agenciesFile, Duration agenciesCache, Sessions sessions) {

	public EngineSettings {
		agenciesFile = agenciesFile == null || agenciesFile.isBlank() ? "classpath:agencies.json" : agenciesFile.trim();
		agenciesCache = agenciesCache == null ? Duration.ofSeconds(5) : agenciesCache;
		sessions = sessions == null ? new Sessions(null) : sessions;
	}

	/**
	 * @param cached how many; unset: 5,000 on the embedded database, where one bot does nearly all
	 * the work, and none with a MongoDB URI, where instances behind a load balancer would mostly find
	 * theirs out of date
	 */
	public record Sessions(Integer cached) {
	}
}
