package th.ita.bot.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.linecorp.bot.parser.LineSignatureValidator;

/** Posts webhook requests in LINE's format, signed with the channel secret, to the bot's /callback. */
public final class Webhook {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final AtomicLong SEQ = new AtomicLong();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String url;

	private final String channelSecret;

	public Webhook(String url, String channelSecret) {
		this.url = url;
		this.channelSecret = channelSecret;
	}

	public static ObjectNode event(String type, String userId) {
		ObjectNode e = JSON.createObjectNode();
		e.put("type", type);
		e.put("mode", "active");
		e.put("timestamp", TestClock.world().millis()); // LINE's servers keep the world's time
		e.put("webhookEventId", "01TEST" + UUID.randomUUID().toString().replace("-", "").toUpperCase() + SEQ.incrementAndGet());
		e.putObject("deliveryContext").put("isRedelivery", false);
		e.put("replyToken", "rt-" + UUID.randomUUID());
		ObjectNode source = e.putObject("source");
		source.put("type", "user");
		source.put("userId", userId);
		return e;
	}

	public static ObjectNode text(String userId, String text) {
		ObjectNode e = event("message", userId);
		ObjectNode m = e.putObject("message");
		m.put("type", "text");
		m.put("id", String.valueOf(SEQ.incrementAndGet()));
		m.put("quoteToken", "q");
		m.put("text", text);
		return e;
	}

	public static ObjectNode postback(String userId, String data) {
		ObjectNode e = event("postback", userId);
		e.putObject("postback").put("data", data);
		return e;
	}

	public static ObjectNode sticker(String userId) {
		ObjectNode e = event("message", userId);
		ObjectNode m = e.putObject("message");
		m.put("type", "sticker");
		m.put("id", String.valueOf(SEQ.incrementAndGet()));
		m.put("packageId", "446");
		m.put("stickerId", "1988");
		m.put("stickerResourceType", "STATIC");
		return e;
	}

	public static ObjectNode image(String userId, String messageId) {
		ObjectNode e = event("message", userId);
		ObjectNode m = e.putObject("message");
		m.put("type", "image");
		m.put("id", messageId);
		m.putObject("contentProvider").put("type", "line");
		return e;
	}

	public static ObjectNode follow(String userId) {
		return event("follow", userId);
	}

	/** The same event as LINE sends it again: same webhookEventId, isRedelivery true. */
	public static ObjectNode redelivery(ObjectNode event) {
		ObjectNode copy = event.deepCopy();
		copy.putObject("deliveryContext").put("isRedelivery", true);
		return copy;
	}

	public static String body(ObjectNode... events) {
		ObjectNode root = JSON.createObjectNode();
		root.put("destination", "Udeadbeefdeadbeefdeadbeefdeadbeef");
		ArrayNode list = root.putArray("events");
		for (ObjectNode e : events) {
			list.add(e);
		}
		return root.toString();
	}

	/** The x-line-signature LINE would send, made by the SDK's own signer. */
	public String sign(String body) {
		byte[] signature = new LineSignatureValidator(channelSecret.getBytes(StandardCharsets.UTF_8))
			.generateSignature(body.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(signature);
	}

	/** Posts the events signed; returns the HTTP status. */
	public int post(ObjectNode... events) {
		String body = body(events);
		return post(body, sign(body));
	}

	public int post(String body, String signature) {
		try {
			HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/json; charset=UTF-8")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
			if (signature != null) {
				b.header("x-line-signature", signature);
			}
			return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
