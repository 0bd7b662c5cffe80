package th.ita.bot.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Links the bot hands out ({@code ita.links.*}): one public address for all of them, one secret
 * from which each kind of link derives its own key.
 *
 * @param publicUrl the address people reach the bot at (e.g. https://ita.example.go.th), without a
 * trailing slash; empty: report links use the host LINE called the webhook on, and photo and plan
 * links are not given
 * @param secret the HMAC secret (ITA_LINK_SECRET), at least 16 characters
 * @param reportTtl how long a staff report or dashboard link works
 */
@ConfigurationProperties("ita.links")
public record LinkSettings(String publicUrl, String secret, Duration reportTtl) {

	public LinkSettings {
		publicUrl = publicUrl == null ? "" : publicUrl.trim().replaceAll("/+$", "");
		reportTtl = reportTtl == null ? Duration.ofMinutes(15) : reportTtl;
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("ita.links.secret (ITA_LINK_SECRET) must be at least 16 characters");
		}
	}
}
