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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links through which staff open a complaint's evidence photos from the chat: signed (HMAC with a
 * key derived from the receipt secret) and valid for {@link #VALID}, so a link copied out of the
 * chat soon stops working. Without {@code ita.public-base-url} (the bot's public HTTPS address)
 * there are no links and staff see the number of photos only.
 */
@Component
class PhotoLinks {

	static final Duration VALID = Duration.ofHours(1);

	static final String PATH = "/complaint-photos/";

	private final String baseUrl;

	private final SecretKeySpec key;

	private final Clock clock;

	PhotoLinks(@Value("${ita.public-base-url:}") String baseUrl,
			@Value("${ita.complaints.receipt-secret}") String secret, Clock clock) {
		this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
		this.clock = clock;
		try {
			byte[] derived = MessageDigest.getInstance("SHA-256")
				.digest(("ita-photo-link-v1\u001f" + secret).getBytes(StandardCharsets.UTF_8));
			this.key = new SecretKeySpec(derived, "HmacSHA256");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
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
		if (signature == null || expires < clock.instant().getEpochSecond()) {
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
