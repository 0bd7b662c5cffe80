package th.ita.bot.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Short-lived signed links to an agency's report and dashboard, so that no login page is needed and
 * a forwarded link stops working: the token is {@code AGENCY.EXPIRY.HMAC} where the HMAC (server
 * secret) covers agency and expiry. {@code *} as agency is a province admin's link to all agencies.
 * Nothing is stored: any instance behind the load balancer checks any link.
 */
@Component
public class ReportLinks {

	public static final String ALL_AGENCIES = "*";

	private static final Pattern TOKEN = Pattern.compile("^([A-Z0-9_-]{1,20}|\\*)\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})$");

	private final SecretKeySpec key;

	private final Duration ttl;

	private final Clock clock;

	ReportLinks(@Value("${ita.reports.link-secret}") String secret, @Value("${ita.reports.link-ttl:PT15M}") Duration ttl,
			Clock clock) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("ita.reports.link-secret must be at least 16 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.ttl = ttl;
		this.clock = clock;
	}

	/** A token for the agency, valid for the configured time from now. */
	public Link issue(String agency) {
		Instant expires = clock.instant().plus(ttl);
		return new Link(token(agency, expires.getEpochSecond()), expires);
	}

	/** The token's agency if the signature is right and it has not expired. */
	public Optional<String> verify(String token) {
		if (token == null) {
			return Optional.empty();
		}
		var m = TOKEN.matcher(token);
		if (!m.matches()) {
			return Optional.empty();
		}
		long expiry = Long.parseLong(m.group(2));
		byte[] given = token.getBytes(StandardCharsets.US_ASCII);
		byte[] expected = token(m.group(1), expiry).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, expected) || clock.instant().getEpochSecond() >= expiry) {
			return Optional.empty();
		}
		return Optional.of(m.group(1));
	}

	/** Visible for tests: a token with any expiry (an expired one, for instance). */
	String token(String agency, long expiryEpochSecond) {
		String payload = agency + "." + expiryEpochSecond;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update("ita-report-link".getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0x1f);
			byte[] sig = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
			return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public record Link(String token, Instant expires) {
	}
}
