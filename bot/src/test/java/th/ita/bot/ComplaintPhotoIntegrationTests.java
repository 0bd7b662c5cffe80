package th.ita.bot;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.time.Duration;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Complaints;
import th.ita.bot.support.TestPhotos;
import th.ita.survey.agency.Agency;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crafted photos through the whole path: an image event, the LINE content stand-in serving the
 * file, the bot's reply. Each is refused in Thai, quickly; the complaint being written keeps its text.
 */
class ComplaintPhotoIntegrationTests extends BotIntegrationTest {

	static final String AGENCY = "CPH";

	@BeforeEach
	void agency() {
		agencies.save(new Agency(AGENCY, "สำนักงานทดสอบภาพถ่าย", null, null, null));
	}

	ChatUser writer() {
		ChatUser p = newPerson();
		Complaints.begin(p, AGENCY, "อื่น ๆ");
		p.says("เจ้าหน้าที่เรียกรับเงินใต้โต๊ะ มีภาพถ่ายประกอบ");
		assertThat(p.lastText()).contains("รับข้อความแล้ว");
		return p;
	}

	String refusalOf(ChatUser p, byte[] bomb) {
		long start = System.nanoTime();
		Complaints.sendPhoto(p, line, bomb);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused within a second").isLessThan(Duration.ofSeconds(1));
		return p.lastText();
	}

	@Test
	void craftedBombsAreRefusedInThaiAndTheDraftKeepsItsText() throws Exception {
		byte[] tiff = TestPhotos.tiffBomb(4096);
		byte[] png = TestPhotos.pngBomb(100_000);
		byte[] jpeg = TestPhotos.progressiveBomb(45_000);
		ImageReader tiffReader = ImageIO.getImageReadersByFormatName("tiff").next();
		tiffReader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(tiff)));
		assertThat(tiffReader.getWidth(0)).as("a real TIFF header").isEqualTo(4096);
		assertThat(tiff.length).isLessThan(300);
		assertThat(jpeg.length).isLessThan(1_000);

		ChatUser p = writer();
		long filesBefore = complaintRecords.storedPhotos();
		refusalOf(p, tiff); // the first may include the JIT's warm-up of the path; timed all the same
		assertThat(p.lastText()).contains("รับเฉพาะภาพแบบ JPEG หรือ PNG").contains("ไม่ได้บันทึก");
		assertThat(refusalOf(p, png)).contains("ภาพนี้มีขนาดใหญ่เกินกว่าที่รับได้").contains("ไม่ได้บันทึก");
		assertThat(refusalOf(p, jpeg)).contains("ภาพนี้มีขนาดใหญ่เกินกว่าที่รับได้");
		// the prompt comes again: nothing was lost
		assertThat(p.lastText()).contains("1 ข้อความ").contains("ภาพ 0/5");
		assertThat(complaintRecords.draftOf(p).getParts()).containsExactly("เจ้าหน้าที่เรียกรับเงินใต้โต๊ะ มีภาพถ่ายประกอบ");
		assertThat(complaintRecords.storedPhotos()).isEqualTo(filesBefore);

		// the chat goes on: a real photo is taken and the complaint filed with it
		Complaints.sendPhoto(p, line, TestPhotos.jpeg(320, 240, Color.BLUE));
		assertThat(p.lastText()).contains("รับภาพแล้ว").contains("ภาพ 1/5");
		p.taps("✅ ตรวจทานและส่ง");
		p.taps("✅ ยืนยันส่ง");
		Complaints.receiptCode(p.lastReply());
	}

	@Test
	void theSixthPhotoOfTheDayIsRefusedEvenAfterCancellingTheDraft() {
		ChatUser p = writer();
		for (int i = 1; i <= 4; i++) {
			Complaints.sendPhoto(p, line, TestPhotos.jpeg(40, 40, Color.ORANGE));
			assertThat(p.lastText()).contains("ภาพ " + i + "/5");
		}
		p.says("ยกเลิก");
		assertThat(p.lastText()).contains("ยกเลิกการร้องเรียนแล้ว");
		Complaints.begin(p, AGENCY, "อื่น ๆ");
		p.says("เรื่องใหม่");
		Complaints.sendPhoto(p, line, TestPhotos.jpeg(40, 40, Color.ORANGE));
		assertThat(p.lastText()).contains("ภาพ 1/5");
		Complaints.sendPhoto(p, line, TestPhotos.jpeg(40, 40, Color.ORANGE));
		assertThat(p.lastText()).contains("วันนี้ท่านส่งภาพครบ 5 ภาพแล้ว").contains("พรุ่งนี้").contains("ภาพ 1/5");
		assertThat(complaintRecords.draftOf(p).getPhotoIds()).hasSize(1);
	}
}
