package th.ita.bot.support;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads what a person sees in the body of Flex messages (not the quick replies, which LINE for PC
 * does not show): the buttons and tappable boxes with their actions, and all the texts.
 */
public final class FlexReply {

	private FlexReply() {
	}

	/** Every action in the message bodies: buttons, and boxes or texts with an action. */
	public static List<JsonNode> actions(List<JsonNode> reply) {
		List<JsonNode> out = new ArrayList<>();
		for (JsonNode m : reply) {
			if ("flex".equals(m.path("type").asText())) {
				walk(m.get("contents"), out, null);
			}
		}
		return out;
	}

	/** Every text drawn in the message bodies, in order. */
	public static List<String> texts(List<JsonNode> reply) {
		List<String> out = new ArrayList<>();
		for (JsonNode m : reply) {
			if ("flex".equals(m.path("type").asText())) {
				walk(m.get("contents"), null, out);
			}
		}
		return out;
	}

	/** The body button with exactly this label (the last one, as the newest message is at the bottom). */
	public static JsonNode button(List<JsonNode> reply, String label) {
		JsonNode found = null;
		for (JsonNode a : actions(reply)) {
			if (label.equals(a.path("label").asText())) {
				found = a;
			}
		}
		if (found == null) {
			throw new AssertionError("no body button '" + label + "' in " + reply);
		}
		return found;
	}

	private static void walk(JsonNode node, List<JsonNode> actions, List<String> texts) {
		if (node == null || node.isMissingNode()) {
			return;
		}
		if (actions != null && node.has("action")) {
			actions.add(node.get("action"));
		}
		if (texts != null && "text".equals(node.path("type").asText())) {
			texts.add(node.path("text").asText());
		}
		for (String block : new String[] { "header", "hero", "body", "footer" }) {
			walk(node.get(block), actions, texts);
		}
		if (node.has("contents") && node.get("contents").isArray()) {
			node.get("contents").forEach(c -> walk(c, actions, texts));
		}
	}
}
