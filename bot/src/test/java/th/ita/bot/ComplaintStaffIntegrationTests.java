package th.ita.bot;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.AnonymityScan;
import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Complaints;
import th.ita.bot.support.TestPhotos;
import th.ita.survey.agency.Agency;
import th.ita.survey.conversation.FiscalYear;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff side: who may see which complaint, status changes, replies, opinions, the yearly statistic. */
// photo and plan links need the public address; report links then use it too
@org.springframework.test.context.TestPropertySource(properties = "ita.links.public-url=https://ita-bot.test")
class ComplaintStaffIntegrationTests extends BotIntegrationTest {

	/** Two agencies of this class only (the Spring context, and so the database, is shared). */
	static final String NORTH = "CSN";

	static final String SOUTH = "CSS";

	@Autowired
	AnonymityScan anonymityScan;

	@BeforeEach
	void agencies() {
		agencies.save(new Agency(NORTH, "สำนักงานทดสอบเหนือ", null, null, null));
		agencies.save(new Agency(SOUTH, "สำนักงานทดสอบใต้", null, null, null));
	}

	/** Files a complaint by a new person; returns its case number. */
	String file(String agency, String category, String text) {
		Complaints.file(newPerson(), line, agency, category, List.of(text), List.of());
		return complaintRecords.caseNumber(agency, text);
	}

	Document complaint(String agency, String caseNumber) {
		return mongo.getCollection("complaints").find(new Document("agency", agency).append("caseNumber", caseNumber)).first();
	}

	@Test
	void aCitizenCannotUseStaffCommandsAndASentenceStartingWithTheirWordsIsNotOne() {
		ChatUser citizen = newPerson();
		String caseNumber = file(NORTH, "จัดซื้อจัดจ้าง", "งานจ้างเหมาทำความสะอาดไม่มีการเปรียบเทียบราคา");
		for (String command : List.of("เรื่องร้องเรียน", "เรื่อง " + caseNumber, "สถานะ " + caseNumber + " ยุติเรื่อง",
				"ตอบ " + caseNumber + " ปิดเรื่องแล้ว", "ความคิดเห็นทั้งหมด", "สถิติร้องเรียน")) {
			citizen.says(command);
			assertThat(citizen.lastText()).as(command).contains("สำหรับเจ้าหน้าที่").doesNotContain("เปรียบเทียบราคา");
		}
		assertThat(complaint(NORTH, caseNumber).getString("status")).isEqualTo("RECEIVED");
		assertThat(complaint(NORTH, caseNumber).getList("notes", Document.class)).isEmpty();
		citizen.says("เรื่อง ที่อยากแจ้งคือถนนชำรุด");
		assertThat(citizen.lastText()).doesNotContain("สำหรับเจ้าหน้าที่");
	}

	@Test
	void staffOfAnotherAgencyNeitherSeesNorChangesTheComplaint() {
		String caseNumber = file(NORTH, "ใช้อำนาจโดยมิชอบ", "หัวหน้าฝ่ายสั่งให้ออกหนังสือรับรองย้อนหลัง");
		ChatUser southStaff = newStaff(SOUTH, StaffMember.Role.COMPLAINT_OFFICER);
		southStaff.says("เรื่องร้องเรียน");
		assertThat(southStaff.lastText()).doesNotContain("ย้อนหลัง").doesNotContain("สำนักงานทดสอบเหนือ");
		southStaff.says("เรื่อง " + caseNumber);
		assertThat(southStaff.lastText()).contains("ไม่พบเรื่อง").doesNotContain("ย้อนหลัง");
		southStaff.says("เรื่อง " + NORTH + "/" + caseNumber);
		assertThat(southStaff.lastText()).contains("ไม่พบเรื่อง").doesNotContain("ย้อนหลัง");
		southStaff.says("สถานะ " + caseNumber + " ยุติเรื่อง");
		assertThat(southStaff.lastText()).contains("ไม่พบเรื่อง");
		southStaff.says("ตอบ " + NORTH + "/" + caseNumber + " ไม่มีมูล");
		assertThat(southStaff.lastText()).contains("ไม่พบเรื่อง");
		Document stored = complaint(NORTH, caseNumber);
		assertThat(stored.getString("status")).isEqualTo("RECEIVED");
		assertThat(stored.getList("notes", Document.class)).isEmpty();

		ChatUser northStaff = newStaff(NORTH, StaffMember.Role.COMPLAINT_OFFICER);
		northStaff.says("เรื่องร้องเรียน");
		assertThat(northStaff.lastText()).contains(caseNumber).contains("ย้อนหลัง");
		northStaff.says("เรื่อง " + caseNumber);
		assertThat(northStaff.lastText()).contains("เรื่องร้องเรียน " + caseNumber).contains("สำนักงานทดสอบเหนือ")
			.contains("ใช้อำนาจโดยมิชอบ").contains("หัวหน้าฝ่ายสั่งให้ออกหนังสือรับรองย้อนหลัง").contains("สถานะ: รับเรื่องแล้ว");
		assertThat(northStaff.quickReplyLabels()).contains("→ กำลังตรวจสอบ", "→ ส่งต่อหน่วยงาน", "→ ยุติเรื่อง");
	}

	@Test
	void anAdminSeesEveryAgencyAndNamesTheAgencyWhenACaseNumberIsShared() {
		// two fresh agencies with the same case number (drawn at random, so the test gives west east's)
		String east = "CSE" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		String west = "CSW" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		agencies.save(new Agency(east, "สำนักงานทดสอบตะวันออก", null, null, null));
		agencies.save(new Agency(west, "สำนักงานทดสอบตะวันตก", null, null, null));
		String eastCase = file(east, "อื่น ๆ", "เรื่องของหน่วยงานตะวันออก");
		String drawn = file(west, "อื่น ๆ", "เรื่องของหน่วยงานตะวันตก");
		mongo.getCollection("complaints").updateOne(new Document("agency", west).append("caseNumber", drawn),
				new Document("$set", new Document("caseNumber", eastCase)));
		String westCase = eastCase;
		ChatUser admin = newStaff("PROVINCE", StaffMember.Role.PROVINCE_ADMIN, StaffMember.Role.COMPLAINT_OFFICER);
		admin.says("เรื่องร้องเรียน");
		assertThat(admin.lastText()).contains(east + "/" + eastCase).contains(west + "/" + westCase);
		admin.says("เรื่อง " + eastCase);
		assertThat(admin.lastText()).contains("หลายหน่วยงาน").contains(east).contains(west)
			.doesNotContain("เรื่องของหน่วยงาน");
		admin.taps(west + "/" + westCase);
		assertThat(admin.lastText()).contains("เรื่องของหน่วยงานตะวันตก").doesNotContain("เรื่องของหน่วยงานตะวันออก");
		admin.says("สถานะ " + east + "/" + eastCase + " ส่งต่อหน่วยงาน");
		assertThat(admin.lastText()).contains("เป็น \"ส่งต่อหน่วยงาน\"");
		assertThat(complaint(east, eastCase).getString("status")).isEqualTo("REFERRED");
		assertThat(complaint(west, westCase).getString("status")).isEqualTo("RECEIVED");
	}

	@Test
	void statusesMoveOnlyAlongTheProcessAndAClosedComplaintStaysClosed() {
		String caseNumber = file(NORTH, "ใช้ทรัพย์สินราชการ", "นำเครื่องพิมพ์ของสำนักงานไปใช้ที่บ้าน");
		ChatUser staff = newStaff(NORTH, StaffMember.Role.COMPLAINT_OFFICER);
		staff.says("สถานะ " + caseNumber);
		assertThat(staff.lastText()).contains("สถานะปัจจุบัน: รับเรื่องแล้ว");
		staff.taps("→ กำลังตรวจสอบ");
		assertThat(staff.lastText()).contains("เป็น \"กำลังตรวจสอบ\"");
		staff.says("สถานะ " + caseNumber + " รับเรื่องแล้ว");
		assertThat(staff.lastText()).contains("ไม่ได้").contains("สถานะที่เปลี่ยนได้");
		staff.says("สถานะ " + caseNumber + " เสร็จแล้ว");
		assertThat(staff.lastText()).contains("ไม่รู้จักสถานะ");
		staff.says("สถานะ " + caseNumber + " ยุติเรื่อง");
		assertThat(staff.lastText()).contains("ต้องระบุเหตุผล").contains("ยุติ " + caseNumber + " เหตุผล");
		assertThat(complaint(NORTH, caseNumber).getString("status")).isEqualTo("INVESTIGATING");
		staff.says("สถานะ " + caseNumber + " ยุติเรื่อง เรียกคืนครุภัณฑ์แล้ว");
		assertThat(staff.lastText()).contains("เป็น \"ยุติเรื่อง\"").contains("เหตุผล: เรียกคืนครุภัณฑ์แล้ว");
		staff.says("สถานะ " + caseNumber + " กำลังตรวจสอบ");
		assertThat(staff.lastText()).contains("ไม่ได้").contains("ยุติแล้วเปลี่ยนสถานะไม่ได้");
		Document stored = complaint(NORTH, caseNumber);
		assertThat(stored.getString("status")).isEqualTo("CLOSED");
		assertThat(stored.getList("history", Document.class)).extracting(h -> h.getString("status"))
			.containsExactly("RECEIVED", "INVESTIGATING", "CLOSED");
		assertThat(stored.getList("history", Document.class).get(2).getString("reason")).isEqualTo("เรียกคืนครุภัณฑ์แล้ว");
		// a staff reply after closing is still allowed: more on the reason for closing
		staff.says("ตอบ " + caseNumber + " ตรวจสอบแล้ว ได้เรียกคืนครุภัณฑ์และตักเตือนเป็นลายลักษณ์อักษร");
		assertThat(staff.lastText()).contains("บันทึกคำตอบ");
		assertThat(complaint(NORTH, caseNumber).getList("notes", Document.class)).hasSize(2);
	}

	@Test
	void aClosedComplaintCanBeReadButTakesNoMoreInformation() {
		ChatUser citizen = newPerson();
		String code = Complaints.file(citizen, line, NORTH, "อื่น ๆ", List.of("ป้ายประกาศราคาไม่ตรงกับที่เรียกเก็บ"), List.of());
		String caseNumber = complaintRecords.caseNumber(NORTH, "ป้ายประกาศราคาไม่ตรงกับที่เรียกเก็บ");
		ChatUser staff = newStaff(NORTH, StaffMember.Role.COMPLAINT_OFFICER);
		staff.says("ตอบ " + caseNumber + " ปรับป้ายประกาศให้ถูกต้องแล้ว");
		staff.says("ยุติ " + caseNumber + " ดำเนินการแก้ไขครบแล้ว");
		citizen.says("ติดตาม " + code);
		assertThat(citizen.lastText()).contains("สถานะ: ยุติเรื่อง").contains("ปรับป้ายประกาศให้ถูกต้องแล้ว");
		assertThat(citizen.quickReplyLabels()).doesNotContain("➕ ส่งข้อมูลเพิ่มเติม");
		citizen.postback("cp:add:" + code.replace("-", "")); // an old button from before it was closed
		assertThat(citizen.lastText()).contains("ยุติแล้ว").contains("ยื่นเรื่องร้องเรียนใหม่");
		assertThat(complaint(NORTH, caseNumber).getList("notes", Document.class)).hasSize(2);
	}

	@Test
	void theYearlyStatisticCountsByCategoryAndStatus() {
		String agency = "CST" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		agencies.save(new Agency(agency, "สำนักงานทดสอบสถิติ", null, null, null));
		String first = file(agency, "จัดซื้อจัดจ้าง", "สถิติ 1");
		file(agency, "จัดซื้อจัดจ้าง", "สถิติ 2");
		file(agency, "รับสินบน/ผลประโยชน์", "สถิติ 3");
		ChatUser staff = newStaff(agency, StaffMember.Role.COMPLAINT_OFFICER);
		staff.says("ยุติ " + first + " ไม่พบมูลความผิด");
		staff.says("สถิติร้องเรียน");
		int year = FiscalYear.of(today());
		assertThat(staff.lastText()).contains("ปีงบประมาณ พ.ศ. " + year).contains("สำนักงานทดสอบสถิติ").contains("รวม 3 เรื่อง")
			.contains("• จัดซื้อจัดจ้าง: 2 (รับเรื่องแล้ว 1 · ยุติเรื่อง 1)").contains("• เรียกรับสินบน/ผลประโยชน์: 1 (รับเรื่องแล้ว 1)")
			.contains("• ใช้ทรัพย์สินราชการ: 0").contains("• รับเรื่องแล้ว: 2").contains("• ยุติเรื่อง: 1");
		staff.says("สถิติร้องเรียน " + (year - 1));
		assertThat(staff.lastText()).contains("พ.ศ. " + (year - 1)).contains("รวม 0 เรื่อง");
		ChatUser admin = newStaff("PROVINCE", StaffMember.Role.PROVINCE_ADMIN, StaffMember.Role.COMPLAINT_OFFICER);
		admin.says("สถิติร้องเรียน " + year + " " + agency);
		assertThat(admin.lastText()).contains("สำนักงานทดสอบสถิติ").contains("รวม 3 เรื่อง");
	}

	@Test
	void staffReadTheirAgencysOpinions() {
		ChatUser citizen = newPerson();
		citizen.says("ความคิดเห็น " + SOUTH);
		citizen.taps("ไม่ระบุหัวข้อ");
		citizen.says("ที่จอดรถสำหรับผู้มาติดต่อไม่พอ");
		ChatUser south = newStaff(SOUTH, StaffMember.Role.COMPLAINT_OFFICER);
		south.says("ความคิดเห็นทั้งหมด");
		assertThat(south.lastText()).contains("ที่จอดรถสำหรับผู้มาติดต่อไม่พอ");
		ChatUser north = newStaff(NORTH, StaffMember.Role.COMPLAINT_OFFICER);
		north.says("ความคิดเห็นทั้งหมด");
		assertThat(north.lastText()).doesNotContain("ที่จอดรถสำหรับผู้มาติดต่อไม่พอ");
	}

	@Test
	void staffOpenEvidencePhotosThroughSignedLinksOnly() throws Exception {
		ChatUser citizen = newPerson();
		Complaints.file(citizen, line, NORTH, "อื่น ๆ", List.of("มีภาพถ่ายใบเสร็จปลอม"),
				List.of(TestPhotos.jpeg(120, 80, Color.MAGENTA)));
		Document stored = complaintRecords.complaint(NORTH, "มีภาพถ่ายใบเสร็จปลอม");
		ChatUser staff = newStaff(NORTH, StaffMember.Role.COMPLAINT_OFFICER);
		staff.says("เรื่อง " + stored.getString("caseNumber"));
		Matcher link = Pattern.compile("https://ita-bot\\.test(/complaint-photos/\\S+)").matcher(staff.lastText());
		assertThat(link.find()).as("a photo link in " + staff.lastText()).isTrue();
		String path = link.group(1);

		HttpResponse<byte[]> ok = http.getBytes(path);
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(ok.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(ImageIO.read(new ByteArrayInputStream(ok.body())).getWidth()).isEqualTo(120);

		assertThat(http.status(path.replaceAll("sig=[^&]+", "sig=AAAA"))).isEqualTo(404);
		assertThat(http.status(path.replaceAll("exp=\\d+", "exp=9999999999"))).as("a longer life breaks the signature")
			.isEqualTo(404);
		assertThat(http.status(path.replaceAll("\\?.*", ""))).isEqualTo(404);
	}

	@Test
	void aFullScanAfterStaffAnswerCloseAndReadFindsNoUserIdNorAnyHashOfIt() {
		ChatUser citizen = newPerson();
		String code = Complaints.file(citizen, line, NORTH, "อื่น ๆ", List.of("ทดสอบการตรวจร่องรอยฝั่งเจ้าหน้าที่"),
				List.of(TestPhotos.jpeg(60, 40, Color.CYAN)));
		String caseNumber = complaintRecords.caseNumber(NORTH, "ทดสอบการตรวจร่องรอยฝั่งเจ้าหน้าที่");
		ChatUser staff = newStaff(NORTH, StaffMember.Role.COMPLAINT_OFFICER);
		staff.says("ตอบ " + caseNumber + " ได้รับเรื่องแล้ว");
		staff.says("ยุติ " + caseNumber + " ตรวจสอบแล้วไม่พบมูล");
		staff.says("เรื่อง " + caseNumber);
		citizen.says("ติดตาม " + code);
		assertThat(citizen.lastText()).contains("สถานะ: ยุติเรื่อง");
		ChatUser adviser = newPerson();
		adviser.says("ความคิดเห็น " + NORTH);
		adviser.taps("ไม่ระบุหัวข้อ");
		adviser.says("ความคิดเห็นสำหรับการตรวจร่องรอยฝั่งเจ้าหน้าที่");
		staff.says("ความคิดเห็นทั้งหมด");
		assertThat(staff.lastText()).contains("ความคิดเห็นสำหรับการตรวจร่องรอยฝั่งเจ้าหน้าที่");

		assertThat(anonymityScan.assertNoTraceOf(List.of(citizen.userId(), staff.userId(), adviser.userId()))).isPositive();
	}
}
