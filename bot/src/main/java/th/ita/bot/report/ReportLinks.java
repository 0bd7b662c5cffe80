package th.ita.bot.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import th.ita.survey.staff.DisplayScreens;
import th.ita.bot.system.LinkSettings;

/**
 * Signed links to an agency's report and dashboard, so that no login page is needed. Two kinds:
 * <ul>
 * <li>short links {@code AGENCY.EXPIRY.HMAC} (15 minutes; {@code *} is a province admin's link to
 * all agencies), checked without storage by any instance;</li>
 * <li>display links {@code S-ID.EXPIRY.HMAC} for a dashboard on an office screen (a year), for the
 * dashboard only: ID names a {@link DisplayScreens} entry, read at every request, so revoking it
 * stops the screen at once. No userId or pseudonym is in either.</li>
 * </ul>
 * Each kind has its own key derived from {@code ita.links.secret}, and a longest lifetime enforced
 * when a link is checked: a link signed for ten years is refused even with a right signature.
 */
@Component
public class ReportLinks {

	public static final String ALL_AGENCIES = "*";

	/** Clock difference between instances that a fresh link may show. */
	static final Duration SKEW = Duration.ofMinutes(1);

	private static final Pattern TOKEN = Pattern.compile("^([A-Z0-9_-]{1,20}|\\*)\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})$");

	private static final Pattern DISPLAY = Pattern.compile("^S-([0-9a-f]{32})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})$");

	private final SecretKeySpec key;

	private final SecretKeySpec displayKey;

	private final Duration ttl;

	private final DisplayScreens screens;

	private final Clock clock;

	private final String publicUrl;

	/** Events are handled after the webhook's request: the address LINE last called, when none is configured. */
	@org.springframework.beans.factory.annotation.Autowired(required = false)
	private th.ita.bot.line.WebhookAddress webhookAddress;

	ReportLinks(LinkSettings links, DisplayScreens screens, Clock clock) {
		this.key = derive(links.secret(), "ita-report-link-v2");
		this.displayKey = derive(links.secret(), "ita-display-link-v1");
		this.ttl = links.reportTtl();
		this.screens = screens;
		this.clock = clock;
		this.publicUrl = links.publicUrl();
	}

	/** A purpose's own key: HMAC-SHA256(secret, purpose), so one key's links never verify as another's. */
	public static SecretKeySpec derive(String secret, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return new SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token for the agency, valid for the configured time from now. */
	public Link issue(String agency) {
		Instant expires = clock.instant().plus(ttl);
		return new Link(token(agency, expires.getEpochSecond()), expires);
	}

	/** A display screen's token, valid until the screen expires or is revoked. */
	public String display(DisplayScreens.Screen screen) {
		String payload = "S-" + screen.id() + "." + screen.expiresAt().getEpochSecond();
		return payload + "." + sign(displayKey, payload);
	}

	/** A short link's agency if the signature is right, it has not expired and its lifetime is allowed. */
	public Optional<String> verify(String token) {
		Matcher m = token == null ? null : TOKEN.matcher(token);
		if (m == null || !m.matches()) {
			return Optional.empty();
		}
		long expiry = Long.parseLong(m.group(2));
		if (!signed(token, token(m.group(1), expiry)) || !alive(expiry, ttl)) {
			return Optional.empty();
		}
		return Optional.of(m.group(1));
	}

	/** For the dashboard: a short link, or a display link whose screen still exists. */
	public Optional<String> verifyDashboard(String token) {
		Optional<String> shortLink = verify(token);
		if (shortLink.isPresent() || token == null) {
			return shortLink;
		}
		Matcher m = DISPLAY.matcher(token);
		if (!m.matches()) {
			return Optional.empty();
		}
		long expiry = Long.parseLong(m.group(2));
		String payload = "S-" + m.group(1) + "." + expiry;
		if (!signed(token, payload + "." + sign(displayKey, payload)) || !alive(expiry, DisplayScreens.MAX_LIFETIME)) {
			return Optional.empty();
		}
		return screens.live(m.group(1))
			.filter(s -> s.expiresAt().getEpochSecond() == expiry)
			.map(DisplayScreens.Screen::agency);
	}

	private boolean alive(long expiry, Duration longest) {
		long now = clock.instant().getEpochSecond();
		return now < expiry && expiry - now <= longest.plus(SKEW).getSeconds();
	}

	private static boolean signed(String given, String expected) {
		return MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
	}

	/** Visible for tests: a token with any expiry (an expired or a far-future one, for instance). */
	String token(String agency, long expiryEpochSecond) {
		String payload = agency + "." + expiryEpochSecond;
		return payload + "." + sign(key, payload);
	}

	private static String sign(SecretKeySpec key, String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String dashboardUrl(String token) {
		return base() + "/reports/" + token + "/dashboard";
	}

	/** The configured public address, else the one LINE called us on (the webhook request's host). */
	public String base() {
		if (!publicUrl.isBlank()) {
			return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return webhookAddress == null ? "http://localhost:8080" : webhookAddress.base();
	}

	public record Link(String token, Instant expires) {
	}
}
