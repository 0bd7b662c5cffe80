package th.ita.bot;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import th.ita.bot.entry.EntryLinks;
import th.ita.bot.support.BotIntegrationTest;
import th.ita.scoring.Tool;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "ita.line.basic-id=@itabot")
class EntryLinksIntegrationTests extends BotIntegrationTest {

	@Test
	void posterOfTheSeedAgencyHoldsBothQrCodesAndTheirStartTexts() {
		assertThat(http.text("/entry/PKT")).contains("สำนักงานจังหวัดภูเก็ต")
			.contains("EIT PKT")
			.contains("IIT PKT")
			.contains("https://line.me/R/oaMessage/%40itabot/?EIT%20PKT")
			.contains("data:image/png;base64,");
	}

	@Test
	void theLinksStartTextStartsTheSurvey() {
		new EntryLinks(new th.ita.bot.line.LineSettings("@itabot", null, null)).link(Tool.EIT, "PKT");
		var p = newPerson();
		p.says(EntryLinks.startText(Tool.EIT, "PKT"));
		assertThat(p.lastText()).contains("ข้อ 1/19");
	}

	@Test
	void qrCodeIsAPng() {
		byte[] png = EntryLinks.qrPng("https://line.me/R/oaMessage/%40itabot/?EIT%20PKT", 200);
		assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
	}
}
