package th.ita.bot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import th.ita.bot.entry.EntryLinks;
import th.ita.bot.support.BotIntegrationTest;
import th.ita.scoring.Tool;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "ita.line.basic-id=@itabot")
class EntryLinksIntegrationTests extends BotIntegrationTest {

	@Test
	void posterOfTheSeedAgencyHoldsBothQrCodesAndTheirStartTexts() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/entry/PKT")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("สำนักงานจังหวัดภูเก็ต")
			.contains("EIT PKT")
			.contains("IIT PKT")
			.contains("https://line.me/R/oaMessage/%40itabot/?EIT%20PKT")
			.contains("data:image/png;base64,");
	}

	@Test
	void theLinksStartTextStartsTheSurvey() {
		new EntryLinks(new th.ita.bot.line.LineSettings("@itabot", null, null)).link(Tool.EIT, "PKT");
		var p = person("Uentry000000000000000000000000001");
		p.says(EntryLinks.startText(Tool.EIT, "PKT"));
		assertThat(p.lastText()).contains("ข้อ 1/19");
		p.says("ยืนยันยกเลิก");
	}

	@Test
	void qrCodeIsAPng() {
		byte[] png = EntryLinks.qrPng("https://line.me/R/oaMessage/%40itabot/?EIT%20PKT", 200);
		assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
	}
}
