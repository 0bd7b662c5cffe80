package th.ita.bot.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.ita.bot.line.WebhookBodies;

/** Posts webhook requests in LINE's format, signed with the channel secret, to the bot's /callback. */
public final class Webhook {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String url;

	private final String channelSecret;

	public Webhook(String url, String channelSecret) {
		this.url = url;
		this.channelSecret = channelSecret;
	}

	/** Events as LINE sends them (WebhookBodies, which the try page uses too), stamped with the world's time. */
	public static ObjectNode event(String type, String userId) {
		return WebhookBodies.event(type, userId, now());
	}

	public static ObjectNode text(String userId, String text) {
		return WebhookBodies.text(userId, text, now());
	}

	public static ObjectNode postback(String userId, String data) {
		return WebhookBodies.postback(userId, data, now());
	}

	public static ObjectNode sticker(String userId) {
		return WebhookBodies.sticker(userId, now());
	}

	public static ObjectNode image(String userId, String messageId) {
		return WebhookBodies.image(userId, messageId, now());
	}

	public static ObjectNode follow(String userId) {
		return WebhookBodies.follow(userId, now());
	}

	/** The same event as LINE sends it again: same webhookEventId, isRedelivery true. */
	public static ObjectNode redelivery(ObjectNode event) {
		return WebhookBodies.redelivery(event);
	}

	public static String body(ObjectNode... events) {
		return WebhookBodies.body("Udeadbeefdeadbeefdeadbeefdeadbeef", events);
	}

	/** The x-line-signature LINE would send, made by the SDK's own signer. */
	public String sign(String body) {
		return WebhookBodies.sign(body, channelSecret);
	}

	/** LINE's servers keep the world's time, not the bot's test clock. */
	private static long now() {
		return TestClock.world().millis();
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
