package th.ita.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook event JSON as LINE sends it. */
final class Events {

	static final AtomicLong SEQ = new AtomicLong();

	static String newId() {
		return String.format("01B%023d", SEQ.incrementAndGet());
	}

	static String token() {
		return "rt" + SEQ.incrementAndGet() + "x" + Long.toHexString(ThreadLocalRandom.current().nextLong());
	}

	static String base(String type, String userId, String eventId, String replyToken) {
		StringBuilder sb = new StringBuilder(256);
		sb.append("{\"type\":\"").append(type).append("\",\"mode\":\"active\",\"timestamp\":").append(System.currentTimeMillis());
		sb.append(",\"source\":{\"type\":\"user\",\"userId\":").append(Json.quote(userId)).append('}');
		sb.append(",\"webhookEventId\":\"").append(eventId).append("\",\"deliveryContext\":{\"isRedelivery\":false}");
		if (replyToken != null) {
			sb.append(",\"replyToken\":\"").append(replyToken).append('"');
		}
		return sb.toString();
	}

	static String text(String userId, String eventId, String replyToken, String text) {
		return base("message", userId, eventId, replyToken) + ",\"message\":{\"type\":\"text\",\"id\":\"" + SEQ.incrementAndGet()
				+ "\",\"quoteToken\":\"q\",\"text\":" + Json.quote(text) + "}}";
	}

	static String postback(String userId, String eventId, String replyToken, String data) {
		return base("postback", userId, eventId, replyToken) + ",\"postback\":{\"data\":" + Json.quote(data) + "}}";
	}

	static String body(String... events) {
		return "{\"destination\":\"Ub3c4000000000000000000000000dest\",\"events\":[" + String.join(",", events) + "]}";
	}

	static String redelivered(String body) {
		return body.replace("\"isRedelivery\":false", "\"isRedelivery\":true");
	}

	private static final ThreadLocal<Map<String, Mac>> MACS = ThreadLocal.withInitial(HashMap::new);

	static String sign(String body, String secret) {
		Mac mac = MACS.get().computeIfAbsent(secret, k -> {
			try {
				Mac m = Mac.getInstance("HmacSHA256");
				m.init(new SecretKeySpec(k.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
				return m;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}
}
