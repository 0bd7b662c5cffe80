package th.ita.bot.richmenu;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The rich-menu admin command against the local LINE API stand-in. */
class RichMenuCommandIntegrationTests extends BotIntegrationTest {

	static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Autowired
	RichMenuCommand command;

	@Test
	void createsTheMenuUploadsItsPngAndMakesItTheDefault() throws Exception {
		assertThat(command.run(List.of())).isZero();
		// the command waits for each call's answer: everything it sent is recorded by now
		List<RecordedRequest> calls = line.recorded();
		assertThat(calls).extracting(r -> r.getMethod() + " " + r.getPath())
			.containsExactly("POST /v2/bot/richmenu", "POST /v2/bot/richmenu/richmenu-test-1/content",
					"POST /v2/bot/user/all/richmenu/richmenu-test-1");

		JsonNode menu = new ObjectMapper().readTree(calls.get(0).getBody().readUtf8());
		assertThat(menu.get("size").get("width").asInt()).isEqualTo(2500);
		assertThat(menu.get("size").get("height").asInt()).isEqualTo(1686);
		assertThat(menu.get("selected").asBoolean()).isTrue();
		assertThat(menu.get("areas")).hasSize(6);
		assertThat(menu.get("areas").findValuesAsText("text")).containsExactly("ทำแบบประเมิน", "ร้องเรียน", "ความคิดเห็น",
				"ติดตาม", "คะแนน", "ช่วยเหลือ");
		menu.get("areas").forEach(a -> {
			assertThat(a.get("action").get("type").asText()).isEqualTo("message");
			assertThat(a.get("action").get("label").asText().codePointCount(0, a.get("action").get("label").asText().length()))
				.isLessThanOrEqualTo(20);
			JsonNode b = a.get("bounds");
			assertThat(b.get("x").asInt() + b.get("width").asInt()).isLessThanOrEqualTo(2500);
			assertThat(b.get("y").asInt() + b.get("height").asInt()).isLessThanOrEqualTo(1686);
		});
		assertThat(calls.get(0).getHeader("Authorization")).isEqualTo("Bearer test-channel-token");

		RecordedRequest upload = calls.get(1);
		assertThat(upload.getHeader("Content-Type")).startsWith("image/png");
		byte[] png = upload.getBody().readByteArray();
		assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(2500);
		assertThat(image.getHeight()).isEqualTo(1686);
		assertThat(png.length).isLessThan(1024 * 1024); // LINE's limit for a rich menu image
	}

	@Test
	void everyAreaSendsAWordTheChatUnderstands() {
		RichMenuLayout layout = RichMenuLayout.standard();
		// the labels the issue asks for, on the picture
		assertThat(layout.labels()).containsExactly("ทำแบบประเมิน", "ร้องเรียนการทุจริต", "แสดงความคิดเห็น", "ติดตามเรื่อง",
				"ผลคะแนน (เจ้าหน้าที่)", "ช่วยเหลือ");
		// the six areas tile the whole picture without overlap
		long covered = layout.areas().stream().mapToLong(a -> (long) a.width() * a.height()).sum();
		assertThat(covered).isEqualTo(2500L * 1686);
	}
}
