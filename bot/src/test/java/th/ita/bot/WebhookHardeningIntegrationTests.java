package th.ita.bot;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Webhook;

import static org.assertj.core.api.Assertions.assertThat;

/** What the fuzz benchmark found at the webhook, kept fixed. */
class WebhookHardeningIntegrationTests extends BotIntegrationTest {


	int postSigned(String body) {
		return webhook.post(body, webhook.sign(body));
	}

	@Test
	void aSignedBodyThatIsNotAWebhookIsRefusedWith400() {
		ChatUser p = newPerson();
		String good = Webhook.body(Webhook.text(p.userId(), "EIT PKT"));
		assertThat(postSigned(good.substring(0, good.length() / 2))).isEqualTo(400);
		assertThat(postSigned("[]")).isEqualTo(400);
		assertThat(postSigned("{\"destination\":\"x\",\"events\":[1,\"two\",[3]]}")).isEqualTo(400);
		assertThat(postSigned("{\"destination\":\"x\",\"events\":{}}")).isEqualTo(400);
		assertThat(postSigned(good.replace("\"timestamp\":", "\"timestamp\":\"yesterday\",\"x\":"))).isEqualTo(400);
		assertThat(postSigned("[".repeat(3000))).isEqualTo(400);
		p.assertNoOtherReply();
		assertThat(sessions.of(p)).as("no survey begun").isEmpty();
	}

	@Test
	void aBodyLargerThanLineEverSendsIsRefusedWith413() {
		String huge = Webhook.body(Webhook.text(newUserId(), "x".repeat(5 * 1024 * 1024)));
		assertThat(postSigned(huge)).isEqualTo(413);
	}

	@Test
	void everyKindOfEventIsAcceptedAndAMessageInTheSameDeliveryIsAnswered() {
		String user = newUserId();
		List<String> others = List.of("\"type\":\"things\",\"things\":{\"deviceId\":\"t1\",\"type\":\"link\"}",
				"\"type\":\"module\",\"module\":{\"type\":\"attached\",\"botId\":\"U1\",\"scopes\":[\"message:send\"]}",
				"\"type\":\"membership\",\"membership\":{\"type\":\"joined\",\"membershipId\":3189}",
				"\"type\":\"beacon\",\"beacon\":{\"hwid\":\"d41d8cd98f\",\"type\":\"enter\"}",
				"\"type\":\"accountLink\",\"link\":{\"result\":\"ok\",\"nonce\":\"n\"}",
				"\"type\":\"unsend\",\"unsend\":{\"messageId\":\"1\"}",
				"\"type\":\"videoPlayComplete\",\"videoPlayComplete\":{\"trackingId\":\"t\"}",
				"\"type\":\"unfollow\"", "\"type\":\"activated\"", "\"type\":\"somethingLineAddsNextYear\",\"x\":{\"y\":[1]}",
				"\"type\":\"message\",\"message\":{\"type\":\"location\",\"id\":\"1\",\"address\":\"a\",\"latitude\":7.8,\"longitude\":98.3}",
				"\"type\":\"message\",\"message\":{\"type\":\"somethingNew\",\"id\":\"1\"}");
		StringBuilder events = new StringBuilder();
		for (String e : others) {
			events.append("{").append(e).append(",\"mode\":\"active\",\"timestamp\":1,\"source\":{\"type\":\"user\",\"userId\":\"")
				.append(user)
				.append("\"},\"webhookEventId\":\"01H")
				.append(UUID.randomUUID().toString().replace("-", ""))
				.append("\",\"deliveryContext\":{\"isRedelivery\":false}},");
		}
		ObjectNode start = Webhook.text(user, "EIT PKT");
		String body = "{\"destination\":\"x\",\"events\":[" + events + start + "]}";
		assertThat(postSigned(body)).isEqualTo(200);
		assertThat(ChatUser.textOf(line.replyTo(start.path("replyToken").asText()))).contains("ข้อ 1/19");
	}
}
