package th.ita.bot.survey;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import org.junit.jupiter.api.Test;

import th.ita.bot.line.Bubbles;
import th.ita.scoring.Form;
import th.ita.scoring.Item;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.conversation.SurveyStep;

import static org.assertj.core.api.Assertions.assertThat;

/** Every survey message stays within LINE's limits, for every item of both forms. */
class SurveyMessagesTests {

	static final Scheme scheme = Scheme.load(2563);

	static final ObjectMapper JSON = new ObjectMapper();

	static final Agency AGENCY = new Agency("LONG", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดพระนครศรีอยุธยา สาขาอำเภอบางปะอิน", null, null, null);

	static List<JsonNode> json(List<Message> messages) {
		JsonNode all = JSON.valueToTree(new ReplyMessageRequest("t", messages, false)).get("messages");
		List<JsonNode> out = new ArrayList<>();
		all.forEach(out::add);
		return out;
	}

	static void assertWithinLimits(List<Message> messages) {
		assertThat(messages).hasSizeBetween(1, 5);
		for (JsonNode m : json(messages)) {
			if (m.has("altText")) {
				assertThat(m.get("altText").asText().codePointCount(0, m.get("altText").asText().length())).isLessThanOrEqualTo(400);
				assertThat(Bubbles.bytes(m.get("contents"))).isLessThan(50_000);
				if ("carousel".equals(m.path("contents").path("type").asText())) {
					assertThat(m.get("contents").get("contents").size()).isLessThanOrEqualTo(12);
				}
			}
			m.path("quickReply").path("items").forEach(i -> assertThat(i.path("action").path("label").asText().length()).isLessThanOrEqualTo(20));
			assertThat(m.path("quickReply").path("items").size()).isLessThanOrEqualTo(13);
		}
	}

	@Test
	void everyItemOfBothFormsFitsOneBubbleWithAllItsOptionsAsButtons() {
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			Form form = scheme.form(tool);
			List<Item> items = form.items();
			for (int i = 0; i < items.size(); i++) {
				Item item = items.get(i);
				SurveyStep.Ask ask = new SurveyStep.Ask(tool, AGENCY, form.questionOf(item), item, i + 1, items.size(),
						item.scale().options().get(0).value(), SurveyStep.Hint.USE_BUTTONS, true);
				List<Message> out = SurveyMessages.render(ask);
				assertWithinLimits(out);
				JsonNode bubble = json(out).get(0).get("contents");
				assertThat(Bubbles.bytes(bubble)).isLessThan(30_000);
				List<String> buttons = bubble.get("footer").findValuesAsText("label");
				assertThat(buttons).containsAll(item.scale().options().stream().map(o -> o.label()).toList());
			}
		}
	}

	@Test
	void theWholeIitSummaryIsOneMessage() {
		Form form = scheme.form(Tool.IIT);
		List<SurveyStep.ReviewLine> lines = new ArrayList<>();
		List<Item> items = form.items();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			lines.add(new SurveyStep.ReviewLine(item.id(), item.scale().options().get(0).label(), i + 1,
					form.indicatorOf(item).name(), item.isSubItem() ? form.questionOf(item).text() : "",
					item.isSubItem() ? item.text() : form.questionOf(item).text()));
		}
		List<Message> out = SummaryMessages.review(new SurveyStep.Review(Tool.IIT, AGENCY, lines, lines.size(), lines.size(),
				SurveyStep.Hint.AT_SUMMARY));
		assertWithinLimits(out);
		assertThat(out).hasSize(2); // the hint, then the whole summary in one carousel
		assertThat(json(out).get(1).path("contents").path("contents").size()).isEqualTo(form.indicators().size() + 1);
	}
}
