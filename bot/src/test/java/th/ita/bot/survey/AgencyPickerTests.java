package th.ita.bot.survey;

import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.ChatUser;
import th.ita.bot.support.FlexReply;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.agency.AgencyRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * "ทำแบบประเมิน" with few agencies lists them to pick from; with more it asks for a search. Decided by
 * how many agencies there are, which the integration tests' shared database does not fix: tested here.
 */
class AgencyPickerTests {

	static AgencyPicker over(int howMany) {
		List<Agency> all = IntStream.rangeClosed(1, howMany)
			.mapToObj(i -> new Agency(String.format("A%02d", i), "หน่วยงานทดสอบที่ " + i, null, null, null))
			.toList();
		AgencyRepository repository = mock(AgencyRepository.class);
		when(repository.findAll()).thenReturn(all);
		return new AgencyPicker(new AgencyDirectory(repository));
	}

	static List<String> picks(List<JsonNode> reply) {
		return FlexReply.actions(reply).stream()
			.map(a -> a.path("data").asText())
			.filter(d -> d.startsWith("survey:pick:"))
			.toList();
	}

	static List<String> quickReplyLabels(List<JsonNode> reply) {
		return reply.stream().flatMap(m -> m.path("quickReply").findValuesAsText("label").stream()).toList();
	}

	@Test
	void upToTenAgenciesAreListedWithAButtonEach() {
		List<JsonNode> reply = SurveyMessagesTests.json(over(10).start());
		assertThat(ChatUser.textOf(reply)).contains("เลือกหน่วยงานที่ท่านต้องการประเมิน");
		assertThat(picks(reply)).hasSize(10).contains("survey:pick:A01", "survey:pick:A10");
		// more than three: too many for the quick-reply bar, which keeps the menu
		assertThat(quickReplyLabels(reply)).doesNotContain("หน่วยงานทดสอบที่ 1");
	}

	@Test
	void threeOrFewerAreQuickRepliesToo() {
		List<JsonNode> reply = SurveyMessagesTests.json(over(3).start());
		assertThat(picks(reply)).containsExactly("survey:pick:A01", "survey:pick:A02", "survey:pick:A03");
		assertThat(quickReplyLabels(reply)).contains("หน่วยงานทดสอบที่ 1", "หน่วยงานทดสอบที่ 2", "หน่วยงานทดสอบที่ 3");
	}

	@Test
	void fromElevenAgenciesThePersonIsAskedToSearch() {
		List<JsonNode> reply = SurveyMessagesTests.json(over(11).start());
		assertThat(ChatUser.textOf(reply)).contains("เลือกหน่วยงานที่ท่านต้องการประเมิน").contains("ระบบมีหน่วยงาน 11 แห่ง")
			.contains("ค้นหา PKT");
		assertThat(picks(reply)).isEmpty();
	}
}
