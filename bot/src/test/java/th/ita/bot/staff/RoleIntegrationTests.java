package th.ita.bot.staff;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.Complaints;
import th.ita.survey.agency.Agency;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffMember.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role's allowed and refused commands, through signed webhooks. */
class RoleIntegrationTests extends BotIntegrationTest {

	static final String AGENCY = "RLA";

	static final String OTHER = "RLB";

	@BeforeEach
	void agencies() {
		agencies.save(new Agency(AGENCY, "สำนักงานทดสอบสิทธิ์", "RLA2569", null, null));
		agencies.save(new Agency(OTHER, "สำนักงานทดสอบอื่น", "RLB2569", null, null));
	}

	String fileComplaint(ChatUser citizen, String text) {
		Complaints.file(citizen, line, AGENCY, "จัดซื้อจัดจ้าง", List.of(text), List.of());
		return complaintRecords.caseNumber(AGENCY, text);
	}

	@Test
	void aViewerSeesScoresButCannotJudgeOitReadComplaintsOrAdminister() {
		ChatUser viewer = newStaff(AGENCY, Role.VIEWER);
		viewer.says("คะแนน");
		assertThat(viewer.lastText()).contains("ITA " + AGENCY);
		assertThat(viewer.quickReplyLabels()).contains("คะแนน", "รายงาน", "แดชบอร์ด").doesNotContain("เรื่องร้องเรียน", "เจ้าหน้าที่");
		long judged = mongo.getCollection("oit_items").countDocuments(new Document("agency", AGENCY));
		viewer.says("OIT o29 ผ่าน https://www.example.go.th/ita/o29");
		assertThat(viewer.lastText()).contains("ผู้บันทึกผล OIT").contains("ยังไม่มีสิทธิ์");
		assertThat(mongo.getCollection("oit_items").countDocuments(new Document("agency", AGENCY))).isEqualTo(judged);
		String caseNumber = fileComplaint(newPerson(), "จ้างเหมาโดยไม่เปรียบเทียบราคา ทดสอบสิทธิ์ผู้ดู");
		for (String command : List.of("เรื่องร้องเรียน", "เรื่อง " + caseNumber, "ตอบ " + caseNumber + " รับทราบ",
				"ยุติ " + caseNumber + " ไม่มีมูล", "ความคิดเห็นทั้งหมด")) {
			viewer.says(command);
			assertThat(viewer.lastText()).as(command).contains("เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียน").doesNotContain("เปรียบเทียบราคา");
			assertThat(viewer.quickReplyLabels()).as(command).contains("คะแนน");
		}
		viewer.says("ตั้งค่า บุคลากร 120");
		assertThat(viewer.lastText()).contains("ผู้ดูแลหน่วยงาน").contains("ยังไม่มีสิทธิ์");
		viewer.says("รหัสเจ้าหน้าที่");
		assertThat(viewer.lastText()).contains("ไม่ใช่ผู้ดูแลของหน่วยงาน " + AGENCY);
		assertThat(mongo.getCollection("staff_codes").countDocuments(new Document("agency", AGENCY))).isZero();
		viewer.says("ช่วยเหลือ");
		assertThat(viewer.lastText()).contains("ผลคะแนนและรายงาน").doesNotContain("ความคิดเห็นทั้งหมด")
			.doesNotContain("OIT o30 ผ่าน").doesNotContain("รหัสเจ้าหน้าที่");
	}

	@Test
	void anOitEditorJudgesOit() {
		ChatUser editor = newStaff(AGENCY, Role.VIEWER, Role.OIT_EDITOR);
		editor.says("OIT o30 ผ่าน https://www.example.go.th/ita/o30");
		assertThat(editor.lastText()).contains("บันทึกแล้ว: o30");
		editor.says("ช่วยเหลือ");
		assertThat(editor.lastText()).contains("บันทึกผล OIT").doesNotContain("เรื่องร้องเรียน [ทั้งหมด]");
	}

	@Test
	void aComplaintOfficerClosesOnlyWithAReasonAndTheComplainantReadsIt() {
		ChatUser citizen = newPerson();
		String code = Complaints.file(citizen, line, AGENCY, "จัดซื้อจัดจ้าง", List.of("ซื้อวัสดุราคาสูงกว่าท้องตลาด ทดสอบเหตุผล"),
				List.of());
		String caseNumber = complaintRecords.caseNumber(AGENCY, "ซื้อวัสดุราคาสูงกว่าท้องตลาด ทดสอบเหตุผล");
		ChatUser officer = newStaff(AGENCY, Role.COMPLAINT_OFFICER);
		officer.says("ช่วยเหลือ");
		assertThat(officer.lastText()).contains("ความคิดเห็นทั้งหมด").contains("ยุติ C2569-0042 เหตุผล")
			.doesNotContain("คะแนน — คะแนนรวม");
		officer.says("ยุติ " + caseNumber);
		assertThat(officer.lastText()).contains("ต้องระบุเหตุผล");
		officer.says("เรื่อง " + caseNumber);
		officer.taps("→ ยุติเรื่อง");
		assertThat(officer.lastText()).contains("ต้องระบุเหตุผล");
		assertThat(complaint(caseNumber).getString("status")).isEqualTo("RECEIVED");
		officer.says("ยุติ " + caseNumber + " ตรวจสอบแล้ว ราคาเป็นไปตามประกาศจัดซื้อ ไม่พบการทุจริต");
		assertThat(officer.lastText()).contains("เป็น \"ยุติเรื่อง\"").contains("ไม่พบการทุจริต");
		Document stored = complaint(caseNumber);
		assertThat(stored.getString("status")).isEqualTo("CLOSED");
		// in the audit trail under the officer's pseudonym
		Document audit = mongo.getCollection("staff_audit")
			.find(new Document("command", "complaint status " + caseNumber + " CLOSED").append("agency", AGENCY)).first();
		assertThat(audit.getString("staff")).isEqualTo(staffDirectory.staffKey(officer.userId()));
		assertThat(audit.toJson()).doesNotContain(officer.userId()).doesNotContain("ไม่พบการทุจริต");
		// the complainant reads the reason with the receipt code
		citizen.says("ติดตาม " + code);
		assertThat(citizen.lastText()).contains("สถานะ: ยุติเรื่อง").contains("ตรวจสอบแล้ว ราคาเป็นไปตามประกาศจัดซื้อ ไม่พบการทุจริต");
		// an officer is not a viewer
		officer.says("คะแนน");
		assertThat(officer.lastText()).contains("ยังไม่มีสิทธิ์");
	}

	@Test
	void aRejectionNeedsAReasonTooAndEndsTheComplaint() {
		ChatUser citizen = newPerson();
		String code = Complaints.file(citizen, line, AGENCY, "อื่น ๆ", List.of("เรื่องของหน่วยงานเอกชน ทดสอบไม่รับเรื่อง"), List.of());
		String caseNumber = complaintRecords.caseNumber(AGENCY, "เรื่องของหน่วยงานเอกชน ทดสอบไม่รับเรื่อง");
		ChatUser officer = newStaff(AGENCY, Role.COMPLAINT_OFFICER);
		officer.says("ไม่รับเรื่อง " + caseNumber);
		assertThat(officer.lastText()).contains("ต้องระบุเหตุผล");
		officer.says("ไม่รับเรื่อง " + caseNumber + " อยู่นอกอำนาจหน้าที่ของหน่วยงาน");
		assertThat(officer.lastText()).contains("เป็น \"ไม่รับเรื่อง\"");
		assertThat(complaint(caseNumber).getString("status")).isEqualTo("REJECTED");
		officer.says("สถานะ " + caseNumber + " กำลังตรวจสอบ");
		assertThat(officer.lastText()).contains("ไม่ได้");
		citizen.says("ติดตาม " + code);
		assertThat(citizen.lastText()).contains("ไม่รับเรื่อง").contains("อยู่นอกอำนาจหน้าที่ของหน่วยงาน");
		assertThat(citizen.quickReplyLabels()).doesNotContain("➕ ส่งข้อมูลเพิ่มเติม");
	}

	@Test
	void anAgencyAdminManagesItsOwnAgencyOnly() {
		ChatUser admin = newStaff(AGENCY, Role.AGENCY_ADMIN);
		admin.says("รหัสเจ้าหน้าที่ ผู้ดูแลจังหวัด");
		assertThat(admin.lastText()).contains("ผู้ดูแลระดับจังหวัดเท่านั้น");
		admin.says("รหัสเจ้าหน้าที่ ดูผล " + OTHER);
		assertThat(admin.lastText()).contains("ไม่ใช่ผู้ดูแลของหน่วยงาน " + OTHER);
		admin.says("เพิ่มหน่วยงาน RLC สำนักงานใหม่");
		assertThat(admin.lastText()).contains("ผู้ดูแลระดับจังหวัดเท่านั้น");
		assertThat(agencies.find("RLC")).isEmpty();
		admin.says("ชื่อหน่วยงาน สำนักงานทดสอบสิทธิ์ (ชื่อใหม่)");
		assertThat(admin.lastText()).contains("เดิม: สำนักงานทดสอบสิทธิ์").contains("ใหม่: สำนักงานทดสอบสิทธิ์ (ชื่อใหม่)");
		admin.says("ตั้งค่า บุคลากร 120");
		assertThat(admin.lastText()).contains("บันทึกแล้ว");
		// a code for a viewer, registered, then given the OIT role and finally removed
		admin.says("รหัสเจ้าหน้าที่");
		String code = admin.lastText().replaceAll("(?s).*ลงทะเบียน ([A-Z2-9]{4}-[A-Z2-9]{4}).*", "$1");
		ChatUser newcomer = newPerson();
		newcomer.says("ลงทะเบียน " + code);
		StaffMember member = staffDirectory.find(newcomer.userId()).orElseThrow();
		assertThat(member.roles()).containsExactly(Role.VIEWER);
		admin.says("สิทธิ์ " + member.shortId() + " ดูผล OIT");
		assertThat(admin.lastText()).contains("เดิม: ผู้ดูผลคะแนนและรายงาน").contains("ใหม่: ผู้ดูผลคะแนนและรายงาน, ผู้บันทึกผล OIT");
		newcomer.says("OIT o31 ไม่ผ่าน");
		assertThat(newcomer.lastText()).contains("บันทึกแล้ว: o31");
		admin.says("ถอนสิทธิ์ " + member.shortId());
		assertThat(admin.lastText()).contains("ถอนสิทธิ์").contains("มีผลทันที");
		newcomer.says("คะแนน");
		assertThat(newcomer.lastText()).contains("ลงทะเบียนแล้วเท่านั้น");
		// an admin of another agency cannot touch this one's staff
		ChatUser stranger = newStaff(OTHER, Role.AGENCY_ADMIN);
		ChatUser viewer = newStaff(AGENCY, Role.VIEWER);
		stranger.says("ถอนสิทธิ์ " + staffDirectory.find(viewer.userId()).orElseThrow().shortId());
		assertThat(stranger.lastText()).contains("ไม่พบเจ้าหน้าที่");
		assertThat(staffDirectory.find(viewer.userId())).isPresent();
	}

	@Test
	void theTryPagesDemoStaffViewsAndJudgesOitButReadsNoComplaint() throws Exception {
		var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/try/staff-code")))
			.POST(java.net.http.HttpRequest.BodyPublishers.noBody())
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		String code = response.body().replaceAll("(?s).*\"code\":\"([A-Z2-9-]+)\".*", "$1");
		ChatUser demo = newPerson();
		demo.says("ลงทะเบียน " + code);
		assertThat(staffDirectory.find(demo.userId()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.OIT_EDITOR);
		demo.says("เรื่องร้องเรียน");
		assertThat(demo.lastText()).contains("เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียน");
		demo.says("ความคิดเห็นทั้งหมด");
		assertThat(demo.lastText()).contains("เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียน");
	}

	@Test
	void staffMenusStayUnderReportAndDashboardLinks() {
		ChatUser officerViewer = newStaff(AGENCY, Role.VIEWER, Role.COMPLAINT_OFFICER);
		officerViewer.says("รายงาน");
		assertThat(officerViewer.lastText()).contains("/report.xlsx");
		assertThat(officerViewer.quickReplyLabels()).contains("คะแนน", "แดชบอร์ด", "เรื่องร้องเรียน", "ความคิดเห็น");
		officerViewer.says("แดชบอร์ด");
		assertThat(officerViewer.lastText()).contains("/dashboard");
		assertThat(officerViewer.quickReplyLabels()).contains("คะแนน", "รายงาน", "เรื่องร้องเรียน");
	}

	Document complaint(String caseNumber) {
		return mongo.getCollection("complaints").find(new Document("agency", AGENCY).append("caseNumber", caseNumber)).first();
	}
}
