package th.ita.bot.complaint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import th.ita.bot.report.ReportLinks;
import th.ita.bot.system.LinkSettings;

/**
 * Links through which staff open a complaint's evidence photos from the chat: signed (HMAC with a
 * key derived for this purpose from the link secret, {@code ITA_LINK_SECRET}) and valid for {@link #VALID}, so a link copied out of the
 * chat soon stops working. Without {@code ita.links.public-url} (the bot's public HTTPS address)
 * there are no links and staff see the number of photos only.
 */
@Component
class PhotoLinks {

	static final Duration VALID = Duration.ofHours(1);

	static final String PATH = "/complaint-photos/";

	private final String baseUrl;

	private final SecretKeySpec key;

	private final Clock clock;

	PhotoLinks(LinkSettings links, Clock clock) {
		this.baseUrl = links.publicUrl();
		this.clock = clock;
		this.key = ReportLinks.derive(links.secret(), "ita-photo-link-v2");
	}

	Optional<String> link(String complaintId, String photoId) {
		if (baseUrl.isEmpty()) {
			return Optional.empty();
		}
		long expires = clock.instant().plus(VALID).getEpochSecond();
		return Optional.of(baseUrl + PATH + complaintId + "/" + photoId + "?exp=" + expires + "&sig="
				+ signature(complaintId, photoId, expires));
	}

	boolean valid(String complaintId, String photoId, long expires, String signature) {
		long now = clock.instant().getEpochSecond();
		// the lifetime is capped here too: a link signed for years is refused even with a right signature
		if (signature == null || expires < now || expires - now > VALID.plusMinutes(1).getSeconds()) {
			return false;
		}
		return MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
				signature(complaintId, photoId, expires).getBytes(StandardCharsets.US_ASCII));
	}

	private String signature(String complaintId, String photoId, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] sig = mac.doFinal((complaintId + "\u001f" + photoId + "\u001f" + expires).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
