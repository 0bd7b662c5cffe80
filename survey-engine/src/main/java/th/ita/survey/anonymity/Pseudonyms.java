package th.ita.survey.anonymity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256 with a server secret) that let the bot recognise a returning person
 * without keeping who they are. Each purpose gets its own hash of the same userId, so a conversation
 * key cannot be joined to an "already answered" mark or a staff record.
 */
public final class Pseudonyms {

	/** What a pseudonym is for; part of the hashed input, so purposes never collide. */
	public enum Purpose {
		CONVERSATION, SUBMITTED, STAFF, RATE_LIMIT
	}

	private final SecretKeySpec key;

	public Pseudonyms(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("ita.anonymity.secret must be at least 16 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	public String of(Purpose purpose, String... parts) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(purpose.name().getBytes(StandardCharsets.UTF_8));
			for (String part : parts) {
				mac.update((byte) 0x1f);
				mac.update(part.getBytes(StandardCharsets.UTF_8));
			}
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
