package th.ita.bot.staff;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.response.SurveyResponse;

/**
 * Test data for the staff side: random answer sheets stored and counted as submitted responses,
 * with the same answers kept in a {@link Tally} for the scoring library, and readers for replies.
 */
final class StaffFixture {

	private StaffFixture() {
	}

	static String newUserId() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}

	static String newAgencyCode(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
	}

	/**
	 * Stores {@code howMany} random answer sheets for a form (about one item in ten skipped), counts
	 * them as submit does, and adds the same answers to {@code expected}.
	 */
	static void storeResponses(MongoTemplate mongo, SurveyService surveys, Scheme scheme, String agency, int fiscalYear,
			Tool tool, int howMany, Random random, Tally expected) {
		for (int r = 0; r < howMany; r++) {
			List<Answer> answers = new ArrayList<>();
			for (Item item : scheme.form(tool).items()) {
				if (random.nextInt(10) == 0) {
					continue;
				}
				int option = random.nextInt(item.scale().options().size());
				answers.add(new Answer(item.id(), item.scale().options().get(option).value()));
				expected.add(item, option, 1);
			}
			expected.addRespondents(tool, 1);
			SurveyResponse response = new SurveyResponse(UUID.randomUUID().toString(), tool, agency, fiscalYear, answers,
					LocalDate.now(), false);
			surveys.countResponse(response);
		}
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
