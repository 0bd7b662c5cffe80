package th.ita.bot.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulated person in the chat: sends text or taps a quick reply the bot actually offered, and
 * reads the bot's reply from the LINE API stand-in.
 */
public final class ChatUser {

	private final String userId;

	private final Webhook webhook;

	private final LineApiStub line;

	private List<JsonNode> lastReply = List.of();

	public ChatUser(String userId, Webhook webhook, LineApiStub line) {
		this.userId = userId;
		this.webhook = webhook;
		this.line = line;
	}

	public String userId() {
		return userId;
	}

	public List<JsonNode> says(String text) {
		return send(Webhook.text(userId, text));
	}

	public List<JsonNode> postback(String data) {
		return send(Webhook.postback(userId, data));
	}

	/** Posts the event and returns the bot's reply to it (found by the event's reply token). */
	public List<JsonNode> send(ObjectNode event) {
		int status = webhook.post(event);
		assertThat(status).as("webhook status").isEqualTo(200);
		lastReply = line.replyTo(event.path("replyToken").asText());
		return lastReply;
	}

	/**
	 * Asserts the bot has no other reply coming for what this person sent before (a duplicate, a
	 * refused delivery): a sticker sent now is handled after all of it, one lane a person and in
	 * order, so the next reply LINE receives must be the sticker's. A sticker changes nothing.
	 */
	public void assertNoOtherReply() {
		ObjectNode sticker = Webhook.sticker(userId);
		assertThat(webhook.post(sticker)).as("webhook status").isEqualTo(200);
		JsonNode next = line.nextReplyRequest();
		assertThat(next.path("replyToken").asText()).as("the next reply answers the sticker, not an earlier event: %s", next)
			.isEqualTo(sticker.path("replyToken").asText());
	}

	/** Taps the quick-reply button with this label (or starting with it) in the last reply. */
	public List<JsonNode> taps(String label) {
		JsonNode action = quickReply(label);
		if ("postback".equals(action.get("type").asText())) {
			return postback(action.get("data").asText());
		}
		return says(action.get("text").asText());
	}

	public JsonNode quickReply(String label) {
		for (boolean exact : new boolean[] { true, false }) {
			for (JsonNode m : lastReply) {
				for (JsonNode item : m.path("quickReply").path("items")) {
					String l = item.path("action").path("label").asText();
					if (exact ? l.equals(label) : l.startsWith(label)) {
						return item.get("action");
					}
				}
			}
		}
		throw new AssertionError("no quick reply '" + label + "' in " + lastReply);
	}

	public List<String> quickReplyLabels() {
		List<String> labels = new ArrayList<>();
		for (JsonNode m : lastReply) {
			m.path("quickReply").path("items").forEach(i -> labels.add(i.path("action").path("label").asText()));
		}
		return labels;
	}

	public List<JsonNode> lastReply() {
		return lastReply;
	}

	public String lastText() {
		return textOf(lastReply);
	}

	/** What a reply says: its texts and the Flex messages' alt texts, a line each. */
	public static String textOf(List<JsonNode> reply) {
		StringBuilder sb = new StringBuilder();
		for (JsonNode m : reply) {
			if (m.has("text")) {
				sb.append(m.get("text").asText()).append('\n');
			}
			if (m.has("altText")) {
				sb.append(m.get("altText").asText()).append('\n');
			}
		}
		return sb.toString();
	}
}
