package th.ita.bot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import th.ita.bot.support.AnonymityScan;
import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Complaints;
import th.ita.bot.support.TestPhotos;
import th.ita.bot.support.Webhook;
import th.ita.survey.agency.Agency;
import th.ita.survey.complaint.EvidencePhotos;
import th.ita.survey.complaint.RateLimiter;
import th.ita.survey.conversation.FiscalYear;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/** The citizen's side of the anonymous channel, through signed webhooks and the LINE API stand-in. */
class ComplaintWebhookIntegrationTests extends BotIntegrationTest {

	/** This class's agency: the complaints counted below are its own. */
	static final String AGENCY = "CPA";

	static final String AGENCY_NAME = "สำนักงานทดสอบเรื่องร้องเรียน";

	@Autowired
	AnonymityScan anonymityScan;

	@Autowired
	RateLimiter rateLimiter;

	@BeforeEach
	void agency() {
		agencies.save(new Agency(AGENCY, AGENCY_NAME, null, null, null));
	}

	long complaints() {
		return mongo.getCollection("complaints").countDocuments(new Document("agency", AGENCY));
	}

	byte[] storedPhoto(String id) {
		Document file = mongo.getCollection(EvidencePhotos.BUCKET + ".files").find(new Document("_id", id)).first();
		assertThat(file).as("photo file " + id).isNotNull();
		var out = new java.io.ByteArrayOutputStream();
		mongo.getCollection(EvidencePhotos.BUCKET + ".chunks")
			.find(new Document("files_id", id))
			.sort(new Document("n", 1))
			.forEach(c -> out.writeBytes(c.get("data", org.bson.types.Binary.class).getData()));
		return out.toByteArray();
	}

	@Test
	void citizenFilesAComplaintWithTwoPhotosAndReceivesAReceiptCode() throws Exception {
		ChatUser citizen = newPerson();
		long before = complaints();
		citizen.says("ร้องเรียน");
		assertThat(citizen.lastText()).contains("ไม่ระบุตัวตน").contains("เลือกหน่วยงาน");
		citizen.says(AGENCY); // typed code works whether the agencies come as buttons or as a list
		assertThat(citizen.quickReplyLabels()).containsExactly("รับสินบน/ผลประโยชน์", "จัดซื้อจัดจ้าง", "ใช้ทรัพย์สินราชการ",
				"ใช้อำนาจโดยมิชอบ", "อื่น ๆ", "✖ ยกเลิก");
		citizen.taps("จัดซื้อจัดจ้าง");
		assertThat(citizen.lastText()).contains("กรุณาเล่ารายละเอียด").contains("ไม่เกิน 5 ภาพ");
		citizen.says("เจ้าหน้าที่พัสดุแบ่งซื้อแบ่งจ้างโครงการซ่อมถนน เพื่อไม่ต้องประกวดราคา");
		assertThat(citizen.lastText()).contains("รับข้อความแล้ว").contains("1 ข้อความ").contains("ภาพ 0/5");
		citizen.says("เกิดขึ้นเดือนกันยายน มีใบสั่งจ้าง 3 ใบ วงเงินใบละ 99,000 บาท");
		Complaints.sendPhoto(citizen, line, TestPhotos.jpeg(320, 240, Color.BLUE));
		assertThat(citizen.lastText()).contains("รับภาพแล้ว").contains("ภาพ 1/5");
		Complaints.sendPhoto(citizen, line, TestPhotos.jpeg(200, 300, Color.GREEN));
		assertThat(citizen.lastText()).contains("2 ข้อความ").contains("ภาพ 2/5");
		citizen.taps("✅ ตรวจทานและส่ง");
		assertThat(citizen.lastText()).contains("ตรวจทานเรื่องร้องเรียน").contains(AGENCY_NAME).contains("จัดซื้อจัดจ้าง")
			.contains("ภาพหลักฐาน: 2 ภาพ").contains("แบ่งซื้อแบ่งจ้าง").contains("99,000 บาท");
		assertThat(complaints()).as("nothing filed before confirm").isEqualTo(before);
		citizen.taps("✅ ยืนยันส่ง");

		String code = Complaints.receiptCode(citizen.lastReply());
		assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
		assertThat(citizen.lastText()).contains("ส่งเรื่องร้องเรียนถึง" + AGENCY_NAME).contains("ติดตาม " + code)
			.contains("แสดงเพียงครั้งเดียว");
		assertThat(complaints()).isEqualTo(before + 1);
		// case numbers are random (they must not order complaints): found by its text
		Document stored = mongo.getCollection("complaints").find(new Document("agency", AGENCY)
			.append("text", new Document("$regex", "แบ่งซื้อแบ่งจ้างโครงการซ่อมถนน"))).first();
		assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "agency", "caseNumber", "fiscalYear", "category", "text",
				"photoIds", "filedOn", "status", "history", "notes", "receiptKey", "_class", "slot");
		assertThat(stored.getString("caseNumber")).matches("C" + FiscalYear.of(today()) + "-\\d{6}");
		assertThat(stored.getString("category")).isEqualTo("PROCUREMENT");
		assertThat(stored.getString("status")).isEqualTo("RECEIVED");
		assertThat(stored.getString("text")).isEqualTo(
				"เจ้าหน้าที่พัสดุแบ่งซื้อแบ่งจ้างโครงการซ่อมถนน เพื่อไม่ต้องประกวดราคา\n\nเกิดขึ้นเดือนกันยายน มีใบสั่งจ้าง 3 ใบ วงเงินใบละ 99,000 บาท");
		// the day only: stored at midnight, no time of day (a LocalDate, which Spring Data writes at the JVM zone's midnight)
		assertThat(stored.getDate("filedOn").toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalTime())
			.isEqualTo(java.time.LocalTime.MIDNIGHT);
		// the receipt code is nowhere, only its slow hash
		String json = stored.toJson();
		assertThat(json).doesNotContain(code).doesNotContain(code.replace("-", ""));
		assertThat(stored.getString("receiptKey")).hasSize(43);

		List<String> photoIds = stored.getList("photoIds", String.class);
		assertThat(photoIds).hasSize(2);
		BufferedImage first = ImageIO.read(new ByteArrayInputStream(storedPhoto(photoIds.get(0))));
		BufferedImage second = ImageIO.read(new ByteArrayInputStream(storedPhoto(photoIds.get(1))));
		assertThat(first.getWidth()).isEqualTo(320);
		assertThat(second.getHeight()).isEqualTo(300);
		for (String id : photoIds) {
			Document file = mongo.getCollection(EvidencePhotos.BUCKET + ".files").find(new Document("_id", id)).first();
			assertThat(file.get("metadata", Document.class).getBoolean("attached")).isTrue();
			assertThat(file.getDate("uploadDate").toInstant().atZone(clock.getZone()).toLocalTime())
				.isEqualTo(java.time.LocalTime.MIDNIGHT);
			// no ObjectId anywhere: those carry the second they were made
			for (Document chunk : mongo.getCollection(EvidencePhotos.BUCKET + ".chunks").find(new Document("files_id", id))) {
				assertThat(chunk.get("_id")).isInstanceOf(String.class);
			}
		}
		assertThat(json).doesNotContainPattern("\\$oid");
		assertThat(complaintRecords.draftOf(citizen)).as("the draft is gone after filing").isNull();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void statusCheckByCodeShowsTheStatusAndTheStaffReplyAndTakesMoreInformation(CapturedOutput logs) {
		ChatUser citizen = newPerson();
		String code = Complaints.file(citizen, line, AGENCY, "รับสินบน/ผลประโยชน์",
				List.of("เจ้าหน้าที่ขอเงิน 2,000 บาทเพื่อเร่งออกใบอนุญาต"), List.of());
		citizen.says("ติดตาม " + code);
		assertThat(citizen.lastText()).contains("สถานะ: รับเรื่องแล้ว").contains("เรียกรับสินบน").contains("ยังไม่มีคำตอบ");

		ChatUser staff = newStaff(AGENCY, StaffMember.Role.COMPLAINT_OFFICER);
		staff.says("เรื่องร้องเรียน");
		String caseNumber = complaintRecords.caseNumber(AGENCY, "เจ้าหน้าที่ขอเงิน 2,000 บาทเพื่อเร่งออกใบอนุญาต");
		assertThat(staff.lastText()).contains(caseNumber).contains("เรียกรับสินบน");
		staff.says("สถานะ " + caseNumber + " กำลังตรวจสอบ");
		assertThat(staff.lastText()).contains("จาก \"รับเรื่องแล้ว\" เป็น \"กำลังตรวจสอบ\"");
		staff.says("ตอบ " + caseNumber + " ได้รับเรื่องแล้ว กำลังตรวจสอบคำขอใบอนุญาตย้อนหลัง ขอทราบวันที่เกิดเหตุ");
		assertThat(staff.lastText()).contains("บันทึกคำตอบ");

		// anyone holding the code reads it, here from another LINE account and with the English alias
		ChatUser holder = newPerson();
		holder.says("status " + code.toLowerCase().replace("-", ""));
		assertThat(holder.lastText()).contains("สถานะ: กำลังตรวจสอบ").contains("เจ้าหน้าที่:")
			.contains("ขอทราบวันที่เกิดเหตุ");
		holder.taps("➕ ส่งข้อมูลเพิ่มเติม");
		assertThat(holder.lastText()).contains("ส่งข้อมูลเพิ่มเติม").contains("เสร็จสิ้น");
		holder.says("เกิดเหตุวันที่ 3 กันยายน ช่วงบ่าย");
		assertThat(holder.lastText()).contains("เพิ่มข้อความในเรื่องแล้ว");
		Complaints.sendPhoto(holder, line, TestPhotos.jpeg(100, 100, Color.RED));
		assertThat(holder.lastText()).contains("เพิ่มภาพในเรื่องแล้ว").contains("1/5");
		holder.taps("✅ เสร็จสิ้น");
		assertThat(holder.lastText()).contains("เสร็จสิ้นการติดตามเรื่อง");
		assertThat(complaintRecords.draftOf(holder)).as("the follow-up link is gone").isNull();

		staff.says("เรื่อง " + caseNumber);
		assertThat(staff.lastText()).contains("กำลังตรวจสอบ").contains("ผู้ร้องเรียน:").contains("เกิดเหตุวันที่ 3 กันยายน")
			.contains("ภาพหลักฐาน: 1 ภาพ").doesNotContain(code).doesNotContain(code.replace("-", ""));
		Document stored = mongo.getCollection("complaints").find(new Document("caseNumber", caseNumber).append("agency", AGENCY))
			.first();
		assertThat(stored.getList("notes", Document.class)).extracting(n -> n.getString("author"))
			.containsExactly("STAFF", "COMPLAINANT", "COMPLAINANT");
		assertThat(stored.getList("history", Document.class)).extracting(h -> h.getString("status"))
			.containsExactly("RECEIVED", "INVESTIGATING");
		assertThat(stored.getList("photoIds", String.class)).hasSize(1);
		// what people wrote, and who they are, never reaches the log
		assertThat(logs.getAll()).contains(caseNumber).doesNotContain("ขอเงิน 2,000").doesNotContain("ขอทราบวันที่เกิดเหตุ")
			.doesNotContain("เกิดเหตุวันที่ 3 กันยายน").doesNotContain(code).doesNotContain(citizen.userId())
			.doesNotContain(holder.userId());
	}

	@Test
	void aWrongCodeFindsNothingAndTooManyWrongCodesStopLookupsForTheDay() {
		ChatUser owner = newPerson();
		String code = Complaints.file(owner, line, AGENCY, "อื่น ๆ", List.of("ทดสอบรหัสผิด"), List.of());
		ChatUser guesser = newPerson();
		guesser.says("ติดตาม ABCD-EFGH-JKMN-PQRS");
		assertThat(guesser.lastText()).contains("ไม่พบเรื่องตามรหัสนี้").doesNotContain("สถานะ:");
		guesser.says("ติดตาม 1234");
		assertThat(guesser.lastText()).contains("รหัสไม่ถูกต้อง").contains("16 ตัว");
		guesser.says("ติดตาม");
		assertThat(guesser.lastText()).contains("กรุณาพิมพ์รหัสติดตามเรื่อง");
		guesser.says("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
		assertThat(guesser.lastText()).contains("ไม่พบเรื่องตามรหัสนี้");
		guesser.says(code); // still asked for a code: the right one now
		assertThat(guesser.lastText()).contains("สถานะ: รับเรื่องแล้ว");
		assertThat(rateLimiter.used(guesser.userId(), RateLimiter.Action.WRONG_CODE)).as("malformed codes cost nothing")
			.isEqualTo(2);
		for (int i = 2; i < 10; i++) {
			guesser.says("ติดตาม 0000-0000-0000-000" + i);
			assertThat(guesser.lastText()).contains("ไม่พบเรื่องตามรหัสนี้");
		}
		guesser.says("ติดตาม " + code);
		assertThat(guesser.lastText()).contains("หลายครั้งเกินไป").doesNotContain("สถานะ:");
		owner.says("ติดตาม " + code); // the limit is the guesser's, not the complaint's
		assertThat(owner.lastText()).contains("สถานะ: รับเรื่องแล้ว");
	}

	@Test
	void aJpegWithGpsExifIsStoredWithoutIt() throws Exception {
		byte[] original = TestPhotos.jpegWithGps(240, 160);
		assertThat(TestPhotos.contains(original, "Exif")).isTrue();
		assertThat(TestPhotos.contains(original, TestPhotos.GPS_LATITUDE)).isTrue();
		assertThat(TestPhotos.contains(original, TestPhotos.CAMERA_MAKE)).isTrue();
		assertThat(ImageIO.read(new ByteArrayInputStream(original))).as("a readable photo").isNotNull();

		ChatUser citizen = newPerson();
		Complaints.file(citizen, line, AGENCY, "ใช้ทรัพย์สินราชการ", List.of("รถราชการถูกใช้ไปงานส่วนตัวทุกสุดสัปดาห์"),
				List.of(original));
		Document stored = complaintRecords.complaint(AGENCY, "รถราชการถูกใช้ไปงานส่วนตัวทุกสุดสัปดาห์");
		byte[] kept = storedPhoto(stored.getList("photoIds", String.class).get(0));
		assertThat(TestPhotos.contains(kept, "Exif")).isFalse();
		assertThat(TestPhotos.contains(kept, TestPhotos.GPS_LATITUDE)).isFalse();
		assertThat(TestPhotos.contains(kept, TestPhotos.CAMERA_MAKE)).isFalse();
		assertThat(TestPhotos.contains(kept, new byte[] { (byte) 0xFF, (byte) 0xE1 })).as("no APP1 marker").isFalse();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(image.getWidth()).isEqualTo(240);
		assertThat(image.getHeight()).isEqualTo(160);
	}

	@Test
	void theRateLimitEngagesAtTheSixthComplaintOfTheDay() {
		ChatUser citizen = newPerson();
		long before = complaints();
		for (int i = 1; i <= 5; i++) {
			Complaints.file(citizen, line, AGENCY, "อื่น ๆ", List.of("เรื่องที่ " + i), List.of());
		}
		assertThat(complaints()).isEqualTo(before + 5);
		citizen.says("ร้องเรียน");
		assertThat(citizen.lastText()).contains("ครบ 5 เรื่องแล้ว").contains("พรุ่งนี้").doesNotContain("เลือกหน่วยงาน");
		assertThat(complaintRecords.draftOf(citizen)).isNull();
		assertThat(complaints()).isEqualTo(before + 5);
		// the limit is per person: someone else can still complain
		ChatUser other = newPerson();
		other.says("ร้องเรียน");
		assertThat(other.lastText()).contains("เลือกหน่วยงาน");
	}

	@Test
	void longEmptyAndUnsupportedMessagesGetClearRepliesAndNothingIsHalfStored() {
		ChatUser citizen = newPerson();
		long complaintsBefore = complaints();
		long photosBefore = complaintRecords.storedPhotos();
		citizen.says("ร้องเรียน " + AGENCY);
		citizen.send(Webhook.sticker(citizen.userId()));
		assertThat(citizen.lastText()).contains("รับเฉพาะข้อความและภาพถ่าย").contains("ประเภทใด");
		citizen.taps("ใช้อำนาจโดยมิชอบ");
		citizen.taps("✅ ตรวจทานและส่ง");
		assertThat(citizen.lastText()).contains("ยังไม่มีรายละเอียด");
		citizen.send(Webhook.sticker(citizen.userId()));
		assertThat(citizen.lastText()).contains("รับเฉพาะข้อความและภาพถ่าย");
		citizen.says("   ");
		assertThat(citizen.lastText()).contains("ข้อความว่าง");
		String tooLong = "ก".repeat(5_001);
		citizen.says(tooLong);
		assertThat(citizen.lastText()).contains("ยาวเกิน 5,000 ตัวอักษร").contains("แบ่งส่ง");
		assertThat(complaintRecords.draftOf(citizen).getParts()).isEmpty();

		citizen.says("ข".repeat(5_000));
		citizen.says("ค".repeat(5_000));
		assertThat(citizen.lastText()).contains("10,000/10,000");
		citizen.says("ง");
		assertThat(citizen.lastText()).contains("จะเกิน 10,000 ตัวอักษร");
		assertThat(complaintRecords.draftOf(citizen).getParts()).hasSize(2);

		Complaints.sendPhoto(citizen, line, "%PDF-1.4 not a photo".getBytes());
		assertThat(citizen.lastText()).contains("เปิดภาพนี้ไม่ได้");
		citizen.send(Webhook.image(citizen.userId(), "never-served-" + UUID.randomUUID()));
		assertThat(citizen.lastText()).contains("รับภาพจาก LINE ไม่สำเร็จ");
		assertThat(complaintRecords.storedPhotos()).as("no photo stored for refused ones").isEqualTo(photosBefore);
		Complaints.sendPhoto(citizen, line, TestPhotos.jpeg(50, 50, Color.BLACK));
		assertThat(complaintRecords.storedPhotos()).isEqualTo(photosBefore + 1);

		// the whole 10,000 characters can be reviewed within LINE's limits
		citizen.taps("✅ ตรวจทานและส่ง");
		List<JsonNode> review = citizen.lastReply();
		assertThat(review).hasSizeLessThanOrEqualTo(5);
		review.forEach(m -> assertThat(m.path("text").asText().length()).isLessThanOrEqualTo(5_000));
		assertThat(citizen.lastText().chars().filter(c -> c == 'ข').count()).isEqualTo(5_000);
		assertThat(citizen.lastText().chars().filter(c -> c == 'ค').count()).isEqualTo(5_000);

		citizen.taps("✖ ยกเลิก");
		assertThat(citizen.lastText()).contains("ยกเลิกการร้องเรียนแล้ว").contains("ถูกลบ");
		assertThat(complaintRecords.draftOf(citizen)).isNull();
		assertThat(complaintRecords.storedPhotos()).as("the cancelled complaint's photo is deleted").isEqualTo(photosBefore);
		assertThat(complaints()).isEqualTo(complaintsBefore);
		assertThat(mongo.getCollection("complaints").countDocuments(new Document("text", new Document("$regex", "ขขขข"))))
			.isZero();
	}

	@Test
	void aSixthPhotoIsRefusedAndAPhotoOutsideTheDetailsStepIsNotStored() {
		ChatUser citizen = newPerson();
		long photosBefore = complaintRecords.storedPhotos();
		citizen.says("ร้องเรียน " + AGENCY);
		Complaints.sendPhoto(citizen, line, TestPhotos.jpeg(40, 40, Color.ORANGE));
		assertThat(citizen.lastText()).contains("ขั้นตอนนี้ไม่รับภาพ").contains("ประเภทใด");
		citizen.taps("อื่น ๆ");
		for (int i = 1; i <= 5; i++) {
			Complaints.sendPhoto(citizen, line, TestPhotos.jpeg(40, 40, Color.ORANGE));
			assertThat(citizen.lastText()).contains("ภาพ " + i + "/5");
		}
		Complaints.sendPhoto(citizen, line, TestPhotos.jpeg(40, 40, Color.ORANGE));
		assertThat(citizen.lastText()).contains("ไม่เกิน 5 ภาพ");
		assertThat(complaintRecords.storedPhotos()).isEqualTo(photosBefore + 5);
		citizen.says("ยกเลิก");
		assertThat(complaintRecords.storedPhotos()).isEqualTo(photosBefore);
	}

	@Test
	void textThatStartsWithACommandWordIsKeptAsPartOfTheComplaint() {
		ChatUser citizen = newPerson();
		Complaints.begin(citizen, AGENCY, "อื่น ๆ");
		citizen.says("ร้องเรียน เจ้าหน้าที่เรียกเก็บค่าธรรมเนียมเกินอัตรา");
		assertThat(citizen.lastText()).contains("รับข้อความแล้ว");
		citizen.says("เรื่อง การออกใบเสร็จไม่ตรงกับยอดที่จ่าย");
		citizen.says("ติดตาม ผลด้วยครับ");
		assertThat(citizen.lastText()).contains("3 ข้อความ");
		assertThat(complaintRecords.draftOf(citizen).getParts()).containsExactly(
				"ร้องเรียน เจ้าหน้าที่เรียกเก็บค่าธรรมเนียมเกินอัตรา", "เรื่อง การออกใบเสร็จไม่ตรงกับยอดที่จ่าย", "ติดตาม ผลด้วยครับ");
	}

	@Test
	void aComplaintStartedDuringASurveyTakesTheTypedTextAndTheSurveyWaits() {
		ChatUser p = newPerson();
		p.says("EIT PKT");
		p.taps("มาก");
		assertThat(p.lastText()).contains("ข้อ 2/19");
		Complaints.begin(p, AGENCY, "อื่น ๆ");
		p.says("ระหว่างทำแบบประเมินนึกขึ้นได้ว่าต้องแจ้งเรื่องนี้");
		assertThat(p.lastText()).contains("รับข้อความแล้ว").doesNotContain("ไม่ใช่คำตอบของข้อนี้");
		p.says("ยกเลิก");
		assertThat(p.lastText()).contains("ยกเลิกการร้องเรียนแล้ว");
		assertThat(sessions.of(p)).as("the survey waits").isPresent();
		p.says("ทำแบบประเมิน");
		assertThat(p.lastText()).contains("ข้อ 2/19");
		p.says("ยกเลิก");
		p.says("ยืนยันยกเลิก");
		assertThat(p.lastText()).contains("ยกเลิกแบบประเมินแล้ว");
	}

	@Test
	void anOpinionIsStoredAnonymouslyWithItsTopic() {
		ChatUser citizen = newPerson();
		long before = mongo.getCollection("opinions").countDocuments(new Document("agency", AGENCY));
		citizen.says("ความคิดเห็น");
		assertThat(citizen.lastText()).contains("ความคิดเห็น").contains("เลือกหน่วยงาน");
		citizen.says(AGENCY);
		assertThat(citizen.quickReplyLabels()).hasSize(12).contains("ไม่ระบุหัวข้อ", "✖ ยกเลิก");
		citizen.taps("5 ");
		assertThat(citizen.lastText()).contains("หัวข้อ: การป้องกันและแก้ไขการทุจริตในหน่วยงาน").contains("ข้อความเดียว");
		Complaints.sendPhoto(citizen, line, TestPhotos.jpeg(40, 40, Color.ORANGE));
		assertThat(citizen.lastText()).contains("ขั้นตอนนี้ไม่รับภาพ");
		citizen.send(Webhook.sticker(citizen.userId()));
		assertThat(citizen.lastText()).contains("รับเฉพาะข้อความและภาพถ่าย");
		citizen.says("ควรเปิดเผยผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์");
		assertThat(citizen.lastText()).contains("ขอบคุณ").contains(AGENCY_NAME).contains("ไม่ระบุตัวตน");

		List<Document> opinions = mongo.getCollection("opinions").find(new Document("agency", AGENCY))
			.into(new ArrayList<>());
		assertThat(opinions).hasSize((int) before + 1);
		Document stored = opinions.stream()
			.filter(o -> o.getString("text").equals("ควรเปิดเผยผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์"))
			.findFirst()
			.orElseThrow();
		assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "agency", "topic", "text", "submittedOn", "fiscalYear",
				"_class", "slot");
		assertThat(stored.getString("topic")).isEqualTo("5");
		assertThat(complaintRecords.draftOf(citizen)).isNull();
	}

	@Test
	void aFullScanAfterFilingFollowingUpGuessingAndGivingAnOpinionFindsNoUserIdNorAnyHashOfIt() {
		ChatUser citizen = newPerson();
		String code = Complaints.file(citizen, line, AGENCY, "รับสินบน/ผลประโยชน์", List.of("ทดสอบการตรวจร่องรอยผู้ร้องเรียน"),
				List.of(TestPhotos.jpeg(60, 40, Color.RED)));
		ChatUser holder = newPerson();
		holder.says("ติดตาม " + code);
		holder.taps("➕ ส่งข้อมูลเพิ่มเติม");
		holder.says("ข้อมูลเพิ่มเติมสำหรับการตรวจร่องรอย");
		Complaints.sendPhoto(holder, line, TestPhotos.jpeg(40, 60, Color.GREEN));
		holder.taps("✅ เสร็จสิ้น");
		assertThat(holder.lastText()).contains("เสร็จสิ้นการติดตามเรื่อง");
		ChatUser guesser = newPerson();
		guesser.says("ติดตาม ABCD-EFGH-JKMN-PQRS");
		assertThat(guesser.lastText()).contains("ไม่พบเรื่องตามรหัสนี้");
		ChatUser adviser = newPerson();
		adviser.says("ความคิดเห็น " + AGENCY);
		adviser.taps("ไม่ระบุหัวข้อ");
		adviser.says("ความคิดเห็นสำหรับการตรวจร่องรอย");
		assertThat(adviser.lastText()).contains("ขอบคุณ");

		int read = anonymityScan.assertNoTraceOf(List.of(citizen.userId(), holder.userId(), guesser.userId(), adviser.userId()));
		assertThat(read).isGreaterThan(10);
	}
}
