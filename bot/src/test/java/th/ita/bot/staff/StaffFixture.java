package th.ita.bot.staff;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Readers for the staff side's replies, and a runner for the admin commands' command lines. */
final class StaffFixture {

	private StaffFixture() {
	}

	/** Every "text" in the reply, Flex contents included, in order. */
	static List<String> texts(List<JsonNode> reply) {
		List<String> out = new ArrayList<>();
		reply.forEach(m -> collect(m, out));
		return out;
	}

	private static void collect(JsonNode node, List<String> out) {
		if (node.isObject()) {
			// text messages and Flex text components; not the text a message action would type
			if (node.has("text") && node.get("text").isTextual() && !"message".equals(node.path("type").asText())) {
				out.add(node.get("text").asText());
			}
			node.fields().forEachRemaining(e -> {
				if (!e.getKey().equals("quickReply")) {
					collect(e.getValue(), out);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(n -> collect(n, out));
		}
	}

	/** The bubble of a Flex message reply. */
	static JsonNode bubble(JsonNode message) {
		return message.get("contents");
	}

	/** Runs an admin command's {@code run(args, out, err)}; returns status and what it printed. */
	record Printed(int status, String out, String err) {

		String firstLine() {
			return out.lines().findFirst().orElse("");
		}
	}

	interface Runnable3 {

		int run(List<String> args, PrintStream out, PrintStream err);
	}

	static Printed run(Runnable3 command, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Printed(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
