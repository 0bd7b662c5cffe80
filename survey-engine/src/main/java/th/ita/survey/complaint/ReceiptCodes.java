package th.ita.survey.complaint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Issues receipt codes and turns them into the only form the database keeps: a lookup key from
 * PBKDF2-HMAC-SHA256 with a server secret as salt (a pepper). The key must be found again from the
 * code alone, so the salt is the same for every code: a per-code salt would mean hashing the typed
 * code against every complaint. What that costs is small here because the code is not a password:
 * 80 random bits leave nothing to guess with a dictionary, and without the secret a database dump
 * cannot test a single guess. {@value #ITERATIONS} iterations make each guess cost tens of
 * milliseconds even with the secret; changing the secret or the count makes existing codes
 * unfindable.
 */
public final class ReceiptCodes {

	public static final int ITERATIONS = 50_000;

	private static final int KEY_BITS = 256;

	private final SecureRandom random = new SecureRandom();

	private final byte[] salt;

	public ReceiptCodes(String secret) {
		if (secret == null || secret.length() < 16) {
			throw new IllegalArgumentException("ita.complaints.receipt-secret must be at least 16 characters");
		}
		try {
			this.salt = MessageDigest.getInstance("SHA-256")
				.digest(("ita-receipt-v1\u001f" + secret).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A new code: 80 bits from SecureRandom, 5 bits per character. */
	public ReceiptCode issue() {
		byte[] bytes = new byte[10];
		random.nextBytes(bytes);
		return new ReceiptCode(encode(bytes));
	}

	static String encode(byte[] bytes) {
		StringBuilder sb = new StringBuilder(bytes.length * 8 / 5);
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				sb.append(ReceiptCode.ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		return sb.toString();
	}

	/** The slow keyed hash stored with the complaint and looked up when the code is typed. */
	public String lookupKey(ReceiptCode code) {
		PBEKeySpec spec = new PBEKeySpec(code.value().toCharArray(), salt, ITERATIONS, KEY_BITS);
		try {
			byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
			return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			spec.clearPassword();
		}
	}
}
