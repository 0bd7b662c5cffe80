package th.ita.bot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ita.anonymity.*}, checked at start by {@link SecretsCheck}.
 *
 * @param secret ITA_ANONYMITY_SECRET: HMAC key of the pseudonyms and of sealed contact data;
 * changing it forgets who is mid-survey, who already answered and who is staff
 */
@ConfigurationProperties("ita.anonymity")
public record AnonymitySettings(String secret) {

	public AnonymitySettings {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("ita.anonymity.secret (ITA_ANONYMITY_SECRET) is not set");
		}
	}
}
