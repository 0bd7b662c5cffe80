package th.ita.bot.plan;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import th.ita.bot.system.AnonymitySettings;

/**
 * Seals the LINE userId the reminders are pushed to (AES-GCM, key derived from the anonymity secret
 * for this purpose only), so the database never holds a userId in clear: a copy of the data without
 * the secret cannot tell whom the plan's reminders go to.
 */
@Component
class ContactSeal {

	private static final int IV_BYTES = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	ContactSeal(AnonymitySettings anonymity) {
		String secret = anonymity.secret();
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			this.key = new SecretKeySpec(mac.doFinal("PLAN-CONTACT".getBytes(StandardCharsets.UTF_8)), "AES");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String seal(String userId) {
		try {
			byte[] iv = new byte[IV_BYTES];
			random.nextBytes(iv);
			Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
			c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = c.doFinal(userId.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The userId, or null when the value was sealed under another secret (then no reminder is sent). */
	String open(String sealed) {
		try {
			byte[] all = Base64.getDecoder().decode(sealed);
			Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
			c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
			return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return null;
		}
	}
}
