package th.ita.bot.staff;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import th.ita.survey.staff.AdminRequest;
import th.ita.survey.staff.StaffMember.Role;

import static org.assertj.core.api.Assertions.assertThat;

class AdminWordsTests {

	static AdminRequest parse(String text) {
		return AdminWords.parse(text).orElseThrow().request();
	}

	@Test
	void readsRolesAndAnAgencyInAnyOrder() {
		assertThat(parse("รหัสเจ้าหน้าที่")).isEqualTo(new AdminRequest.IssueCode(EnumSet.of(Role.VIEWER), null));
		assertThat(parse("รหัสเจ้าหน้าที่ ผู้ดูแล HRD ดูผล"))
			.isEqualTo(new AdminRequest.IssueCode(EnumSet.of(Role.AGENCY_ADMIN, Role.VIEWER), "HRD"));
		assertThat(parse("staff-code complaint-officer oit-editor"))
			.isEqualTo(new AdminRequest.IssueCode(EnumSet.of(Role.COMPLAINT_OFFICER, Role.OIT_EDITOR), null));
		assertThat(parse("สิทธิ์ 1A2B3C4D ร้องเรียน")).isEqualTo(new AdminRequest.SetRoles("1A2B3C4D", EnumSet.of(Role.COMPLAINT_OFFICER)));
	}

	@Test
	void agencyNamesKeepTheirSpacesAndIitCodesTheirCase() {
		assertThat(parse("เพิ่มหน่วยงาน hrd สำนักงาน สาธารณสุข")).isEqualTo(new AdminRequest.AddAgency("HRD", "สำนักงาน สาธารณสุข"));
		assertThat(parse("ชื่อหน่วยงาน สำนักงาน ใหม่")).isEqualTo(new AdminRequest.RenameAgency("สำนักงาน ใหม่", null));
		assertThat(parse("ชื่อหน่วยงาน HRD สำนักงาน ใหม่")).isEqualTo(new AdminRequest.RenameAgency("สำนักงาน ใหม่", "HRD"));
		assertThat(parse("รหัส IIT Hrd2570 HRD")).isEqualTo(new AdminRequest.SetIitCode("Hrd2570", "HRD"));
		assertThat(parse("iit-code ABC123")).isEqualTo(new AdminRequest.SetIitCode("ABC123", null));
	}

	@Test
	void malformedAdminWordsAskForUsageAndOtherTextIsNotOurs() {
		assertThat(AdminWords.parse("รหัสเจ้าหน้าที่ หัวหน้า")).hasValueSatisfying(p -> assertThat(p.request()).isNull());
		assertThat(AdminWords.parse("สิทธิ์ 1A2B3C4D")).hasValueSatisfying(p -> assertThat(p.request()).isNull());
		assertThat(AdminWords.parse("รหัส ผิด")).isEmpty();
		assertThat(AdminWords.parse("คะแนน")).isEmpty();
		assertThat(AdminWords.parse("เจ้าหน้าที่บริการดีมาก")).isEmpty();
	}
}
