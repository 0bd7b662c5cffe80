package th.ita.bot.tryit;

import th.ita.bot.support.StoredSheets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.FlexReply;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The try-it page's endpoint: what a browser posts goes through the signed webhook and the same
 * handlers; the reply comes back in LINE's JSON and never reaches the LINE API.
 */
class TryPageIntegrationTests extends BotIntegrationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	// the seed instrument: these tests run on the shipped 2563 only
	Scheme scheme = Scheme.load(2563);

	final HttpClient client = HttpClient.newHttpClient();

	final String userId = newUserId();

	JsonNode send(ObjectNode body) throws Exception {
		body.put("userId", userId);
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(http.url("/try/send")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return JSON.readTree(r.body()).get("messages");
	}

	JsonNode say(String text) throws Exception {
		return send(JSON.createObjectNode().put("text", text));
	}

	JsonNode tap(JsonNode messages, String label) throws Exception {
		for (JsonNode m : messages) {
			for (JsonNode item : m.path("quickReply").path("items")) {
				JsonNode action = item.get("action");
				if (action.get("label").asText().equals(label)) {
					return "postback".equals(action.get("type").asText())
							? send(JSON.createObjectNode().put("postback", action.get("data").asText()))
							: say(action.get("text").asText());
				}
			}
		}
		throw new AssertionError("no button " + label + " in " + messages);
	}

	/** Everything the messages say: texts, alt texts and the texts inside Flex bubbles. */
	static String said(JsonNode messages) {
		List<JsonNode> reply = new java.util.ArrayList<>();
		messages.forEach(reply::add);
		return ChatUser.textOf(reply) + String.join("\n", FlexReply.texts(reply));
	}

	/** What the first message shows: its text, or a Flex message's alt text. */
	static String shown(JsonNode reply) {
		JsonNode m = reply.get(0);
		return m.has("text") ? m.get("text").asText() : m.path("altText").asText();
	}

	@Test
	void theTryPageIsServed() {
		assertThat(http.text("/try")).contains("ลองคุยกับบอท ITA").contains("localStorage").contains("/try/send");
	}

	@Test
	void aBrowserPersonCompletesTheEitThroughTheSameHandlersAndNothingGoesToLine() throws Exception {
		long before = StoredSheets.count(mongo, new Document("tool", "EIT"));
		JsonNode greeting = send(JSON.createObjectNode().put("follow", true));
		assertThat(greeting.get(0).get("type")).as(greeting.toString()).isNotNull();
		assertThat(greeting.get(0).get("type").asText()).isEqualTo("flex"); // the welcome, with the menu as buttons
		assertThat(shown(greeting)).contains("สวัสดี");

		JsonNode reply = say("EIT PKT");
		List<Item> items = scheme.form(Tool.EIT).items();
		for (int i = 0; i < items.size(); i++) {
			assertThat(shown(reply)).contains("ข้อ " + (i + 1) + "/" + items.size());
			reply = tap(reply, items.get(i).scale().options().get(0).label());
		}
		assertThat(shown(reply)).contains("สรุปคำตอบ");
		reply = tap(reply, "✅ ส่งแบบประเมิน");
		assertThat(shown(reply)).contains("ขอบคุณ");

		assertThat(StoredSheets.count(mongo, new Document("tool", "EIT"))).isEqualTo(before + 1);
		// the replies were captured for the page: none was sent to the LINE API
		person(userId).assertNoOtherReply();
	}

	@Test
	void aStickerFromThePageGetsTheWelcomeAndThePageSaysItIsASimulation() throws Exception {
		JsonNode reply = send(JSON.createObjectNode().put("sticker", true));
		assertThat(reply.get(0).get("type").asText()).isEqualTo("flex");
		assertThat(shown(reply)).contains("สวัสดีครับ");
		assertThat(http.text("/try")).contains("หน้าจำลอง").doesNotContain("ทุกประการ");
	}

	@Test
	void aNewcomerTriesTheStaffCommandsWithAOneTimeCodeFromThePage() throws Exception {
		JsonNode refused = say("คะแนน");
		assertThat(said(refused)).doesNotContain("ระดับ C").doesNotContain("IIT 83");
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(http.url("/try/staff-code")))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(200);
		String code = JSON.readTree(r.body()).get("code").asText();
		assertThat(said(say("ลงทะเบียน " + code))).contains("ลงทะเบียนเรียบร้อย");
		assertThat(said(say("คะแนน"))).contains("สำนักงานจังหวัดภูเก็ต");
		// the code worked once
		assertThat(said(say("ลงทะเบียน " + code))).doesNotContain("ลงทะเบียนเรียบร้อย");
	}

	@Test
	void malformedInputIsRefused() throws Exception {
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(http.url("/try/send")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"not-a-line-id\",\"text\":\"hi\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(400);
	}
}
