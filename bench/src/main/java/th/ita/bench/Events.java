package th.ita.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.node.ObjectNode;

/**
 * Webhook event JSON as LINE sends it. Apart from the bot's own builder (WebhookBodies, used by the
 * try page and the tests) on purpose: the bench drives the packaged jar from outside and shares no
 * code with what it measures, and its fuzzer needs bodies no well-behaved builder makes.
 */
final class Events {

	static final AtomicLong SEQ = new AtomicLong();

	static String newId() {
		return String.format("01B%023d", SEQ.incrementAndGet());
	}

	static String token() {
		return "rt" + SEQ.incrementAndGet() + "x" + Long.toHexString(ThreadLocalRandom.current().nextLong());
	}

	/** The fields every event has, as LINE sends them (a first delivery: isRedelivery false). */
	static ObjectNode base(String type, String userId, String eventId, String replyToken) {
		ObjectNode e = Json.MAPPER.createObjectNode().put("type", type).put("mode", "active").put("timestamp", System.currentTimeMillis());
		e.putObject("source").put("type", "user").put("userId", userId);
		e.put("webhookEventId", eventId);
		e.putObject("deliveryContext").put("isRedelivery", false);
		if (replyToken != null) {
			e.put("replyToken", replyToken);
		}
		return e;
	}

	static String text(String userId, String eventId, String replyToken, String text) {
		ObjectNode e = base("message", userId, eventId, replyToken);
		e.putObject("message").put("type", "text").put("id", String.valueOf(SEQ.incrementAndGet())).put("quoteToken", "q").put("text", text);
		return e.toString();
	}

	static String postback(String userId, String eventId, String replyToken, String data) {
		ObjectNode e = base("postback", userId, eventId, replyToken);
		e.putObject("postback").put("data", data);
		return e.toString();
	}

	/** A webhook body around events given as JSON text (the fuzzer passes broken ones too). */
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
