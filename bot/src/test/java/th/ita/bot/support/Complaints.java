package th.ita.bot.support;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks a person through filing a complaint in the chat, as they would with the buttons. */
public final class Complaints {

	private Complaints() {
	}

	/** Opens a complaint to {@code agency} in {@code category}: the bot then waits for the details. */
	public static void begin(ChatUser p, String agency, String category) {
		p.says("ร้องเรียน " + agency);
		assertThat(p.lastText()).as("category question").contains("ประเภทใด");
		p.taps(category);
		assertThat(p.lastText()).contains("กรุณาเล่ารายละเอียด");
	}

	/** Files a complaint and returns the receipt code the bot showed (its own message). */
	public static String file(ChatUser p, LineApiStub line, String agency, String category, List<String> parts,
			List<byte[]> photos) {
		begin(p, agency, category);
		for (String part : parts) {
			p.says(part);
			assertThat(p.lastText()).contains("รับข้อความแล้ว");
		}
		for (byte[] photo : photos) {
			sendPhoto(p, line, photo);
			assertThat(p.lastText()).contains("รับภาพแล้ว");
		}
		p.taps("✅ ตรวจทานและส่ง");
		assertThat(p.lastText()).contains("ตรวจทานเรื่องร้องเรียน");
		p.taps("✅ ยืนยันส่ง");
		return receiptCode(p.lastReply());
	}

	public static List<JsonNode> sendPhoto(ChatUser p, LineApiStub line, byte[] photo) {
		String messageId = "img" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		line.serveContent(messageId, photo);
		return p.send(Webhook.image(p.userId(), messageId));
	}

	/** The message that is the code alone: XXXX-XXXX-XXXX-XXXX. */
	public static String receiptCode(List<JsonNode> reply) {
		for (JsonNode m : reply) {
			String text = m.path("text").asText();
			if (text.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")) {
				return text;
			}
		}
		throw new AssertionError("no receipt code in " + reply);
	}
}
