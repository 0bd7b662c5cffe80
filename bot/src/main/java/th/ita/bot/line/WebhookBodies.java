package th.ita.bot.line;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.bot.parser.LineSignatureValidator;

/**
 * Webhook request bodies exactly as LINE sends them, and their {@code x-line-signature} (made by
 * the SDK's own signer): the one place the try page and the tests build what LINE would post.
 * Events come from a one-to-one chat, as first deliveries; callers change what they need.
 */
public final class WebhookBodies {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookBodies() {
	}

	/** An event of this type from a person, with a fresh webhookEventId and reply token. */
	public static ObjectNode event(String type, String userId, long timestamp) {
		ObjectNode e = JSON.createObjectNode();
		e.put("type", type);
		e.put("mode", "active");
		e.put("timestamp", timestamp);
		e.put("webhookEventId", eventId(timestamp));
		e.putObject("deliveryContext").put("isRedelivery", false);
		e.put("replyToken", "rt" + Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong()));
		ObjectNode source = e.putObject("source");
		source.put("type", "user");
		source.put("userId", userId);
		return e;
	}

	public static ObjectNode text(String userId, String text, long timestamp) {
		ObjectNode e = event("message", userId, timestamp);
		ObjectNode m = message(e, "text");
		m.put("quoteToken", "q" + Long.toHexString(RANDOM.nextLong()));
		m.put("text", text);
		return e;
	}

	public static ObjectNode postback(String userId, String data, long timestamp) {
		ObjectNode e = event("postback", userId, timestamp);
		e.putObject("postback").put("data", data);
		return e;
	}

	/** One of LINE's free sample stickers (package 446, "Moon: Special Edition"). */
	public static ObjectNode sticker(String userId, long timestamp) {
		ObjectNode e = event("message", userId, timestamp);
		ObjectNode m = message(e, "sticker");
		m.put("quoteToken", "q" + Long.toHexString(RANDOM.nextLong()));
		m.put("packageId", "446");
		m.put("stickerId", "1988");
		m.put("stickerResourceType", "STATIC");
		return e;
	}

	/** A photo whose content LINE keeps under this message id. */
	public static ObjectNode image(String userId, String messageId, long timestamp) {
		ObjectNode e = event("message", userId, timestamp);
		ObjectNode m = message(e, "image");
		m.put("id", messageId);
		m.putObject("contentProvider").put("type", "line");
		return e;
	}

	public static ObjectNode follow(String userId, long timestamp) {
		ObjectNode e = event("follow", userId, timestamp);
		e.putObject("follow").put("isUnblocked", false);
		return e;
	}

	/** The same event as LINE sends it again: same webhookEventId, isRedelivery true. */
	public static ObjectNode redelivery(ObjectNode event) {
		ObjectNode copy = event.deepCopy();
		copy.putObject("deliveryContext").put("isRedelivery", true);
		return copy;
	}

	/** The request body around these events, to the bot whose userId is {@code destination}. */
	public static String body(String destination, ObjectNode... events) {
		ObjectNode root = JSON.createObjectNode();
		root.put("destination", destination);
		var list = root.putArray("events");
		for (ObjectNode e : events) {
			list.add(e);
		}
		return root.toString();
	}

	/** The x-line-signature LINE sends with this body. */
	public static String sign(String body, String channelSecret) {
		byte[] signature = new LineSignatureValidator(channelSecret.getBytes(StandardCharsets.UTF_8))
			.generateSignature(body.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(signature);
	}

	private static ObjectNode message(ObjectNode event, String type) {
		ObjectNode m = event.putObject("message");
		m.put("type", type);
		m.put("id", String.valueOf(Math.floorMod(RANDOM.nextLong(), 1_000_000_000_000_000L)));
		return m;
	}

	/** A ULID-shaped id (time, then randomness), as LINE's webhookEventId. */
	private static String eventId(long time) {
		StringBuilder s = new StringBuilder(26);
		for (int i = 9; i >= 0; i--) {
			s.append(CROCKFORD[(int) ((time >>> (5 * i)) & 31)]);
		}
		for (int i = 0; i < 16; i++) {
			s.append(CROCKFORD[RANDOM.nextInt(32)]);
		}
		return s.toString();
	}
}
