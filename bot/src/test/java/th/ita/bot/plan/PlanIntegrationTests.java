package th.ita.bot.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.report.ReportLinks;
import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.TestClock;
import th.ita.survey.plan.FollowUps;
import th.ita.survey.plan.ImprovementPlan;
import th.ita.survey.plan.LastYear;
import th.ita.survey.plan.Measure;
import th.ita.survey.plan.PlanContacts;
import th.ita.survey.plan.PreviousScores;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/** The improvement plan: kept by chat with confirmations, followed up by push reminders, shown in the reports. */
// photo and plan links need the public address; report links then use it too
@org.springframework.test.context.TestPropertySource(properties = "ita.links.public-url=https://ita-bot.test")
class PlanIntegrationTests extends BotIntegrationTest {

	@Autowired
	ImprovementPlan plan;

	@Autowired
	PlanContacts contacts;

	@Autowired
	MessagingApiClient lineClient;

	@Autowired
	PlanSettings settings;

	@Autowired
	LiveScores scores;

	@Autowired
	ReportLinks links;

	@Autowired
	PreviousScoresCommand previousScores;

	@Autowired
	LastYear lastYear;

	@Autowired
	ContactSeal seal;

	String newAgency(String prefix) {
		return testAgencies.create(prefix, "หน่วยงานทดสอบแผนพัฒนา");
	}

	/** Staff who keep the plan: its agency's admin, who also judges the OIT. */
	ChatUser staffOf(String agency) {
		return newStaff(agency, StaffMember.Role.AGENCY_ADMIN, StaffMember.Role.OIT_EDITOR);
	}

	void addMeasure(ChatUser staff) {
		staff.says("เพิ่มมาตรการ 10\nมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\nกำหนดขั้นตอนและผู้รับผิดชอบการเผยแพร่ข้อมูลบนเว็บไซต์หลัก"
				+ "\nกลุ่มงานอำนวยการ");
		assertThat(staff.lastText()).contains("ตรวจสอบก่อนบันทึก");
		staff.taps("ยืนยัน");
		assertThat(staff.lastText()).contains("บันทึกแล้วครับ: มาตรการที่ 1");
	}

	@Test
	void staffRecordAMeasureByChatConfirmItReportProgressAndTheReportsShowThePlanTable() throws Exception {
		String agency = newAgency("PLN");
		int year = scores.currentFiscalYear();
		ChatUser staff = staffOf(agency);

		staff.says("เพิ่มมาตรการ 10\nมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\nกำหนดขั้นตอนและผู้รับผิดชอบการเผยแพร่ข้อมูลบนเว็บไซต์หลัก"
				+ "\nกลุ่มงานอำนวยการ");
		assertThat(staff.lastText()).contains("ตรวจสอบก่อนบันทึก")
			.contains("ตัวชี้วัด: 10. การป้องกันการทุจริต")
			.contains("ผู้รับผิดชอบ: กลุ่มงานอำนวยการ")
			.contains("ระยะเวลาดำเนินการ: 1 ต.ค. " + (year - 1) + " – 30 ก.ย. " + year)
			.contains("รายงานผล 2 ครั้ง ภายใน 1 เม.ย. " + year + " และ 1 ต.ค. " + year);
		assertThat(staff.quickReplyLabels()).containsExactly("ยืนยัน", "ยกเลิก");
		assertThat(plan.of(agency, year)).as("nothing saved before the confirmation").isEmpty();
		staff.taps("ยืนยัน");
		assertThat(staff.lastText()).contains("บันทึกแล้วครับ: มาตรการที่ 1");
		List<Measure> saved = plan.of(agency, year);
		assertThat(saved).hasSize(1);
		assertThat(saved.get(0).measure()).isEqualTo("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ");
		assertThat(saved.get(0).method()).isEqualTo("กำหนดขั้นตอนและผู้รับผิดชอบการเผยแพร่ข้อมูลบนเว็บไซต์หลัก");
		assertThat(saved.get(0).responsible()).isEqualTo("กลุ่มงานอำนวยการ");
		// whom to remind: sealed, never the userId in clear
		String sealed = contacts.of(saved.get(0).ownerKey()).orElseThrow().sealedUserId();
		assertThat(seal.open(sealed)).isEqualTo(staff.userId());
		assertThat(mongo.getCollection("plan_contacts").find().into(new java.util.ArrayList<>()))
			.allSatisfy(d -> assertThat(d.toJson()).doesNotContain(staff.userId()));
		assertThat(mongo.getCollection("plan_measures").find().into(new java.util.ArrayList<>()))
			.allSatisfy(d -> assertThat(d.toJson()).doesNotContain(staff.userId()));
		// a second tap on the old button saves nothing more
		staff.postback(PlanCommands.CONFIRM_DATA);
		assertThat(staff.lastText()).contains("ไม่มีรายการที่รอยืนยัน");
		assertThat(plan.of(agency, year)).hasSize(1);

		staff.says("ความคืบหน้า 1 เผยแพร่ขั้นตอนการเผยแพร่ข้อมูลบนเว็บไซต์แล้ว 12 รายการ");
		LocalDate due = FollowUps.dueFor(year, today());
		assertThat(staff.lastText()).contains("ตรวจสอบก่อนบันทึก").contains("สำหรับการติดตามผลภายใน " + thai(due));
		staff.taps("ยืนยัน");
		assertThat(staff.lastText()).contains("บันทึกความคืบหน้าแล้วครับ: มาตรการที่ 1");
		Measure m = plan.find(agency, year, 1).orElseThrow();
		assertThat(m.progress()).singleElement()
			.satisfies(p -> assertThat(p.text()).isEqualTo("เผยแพร่ขั้นตอนการเผยแพร่ข้อมูลบนเว็บไซต์แล้ว 12 รายการ"))
			.satisfies(p -> assertThat(p.due()).isEqualTo(due));

		// cancelling a change keeps the plan as it was
		staff.says("ลบมาตรการ 1");
		staff.taps("ยกเลิก");
		assertThat(staff.lastText()).contains("ยกเลิกแล้ว");
		assertThat(plan.find(agency, year, 1)).isPresent();

		staff.says("แผน");
		assertThat(staff.lastText()).contains("1. [ตัวชี้วัดที่ 10] มาตรการเผยแพร่ข้อมูลต่อสาธารณะ")
			.contains("ผู้รับผิดชอบ: กลุ่มงานอำนวยการ")
			.contains("https://ita-bot.test/plan/" + agency + "/" + year)
			.contains("OIT o42 ผ่าน https://ita-bot.test/plan/" + agency + "/" + year);
		// one tap gives the plan page as OIT o42's evidence
		staff.taps("หลักฐาน OIT o42");
		assertThat(staff.lastText()).contains("บันทึกแล้ว: o42").contains("หลักฐาน: https://ita-bot.test/plan/" + agency + "/" + year);

		// the printable report, the workbook and the public page show the plan in the seed's columns
		String base = "/reports/" + links.issue(agency).token();
		String html = http.text(base + "/report.html");
		String section = html.substring(html.indexOf("<section class=\"tool\" id=\"plan\">"));
		assertThat(section).containsSubsequence("<th", "มาตรการ/แนวทาง", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
				"การติดตามผล", "<tr id=\"measure-1\">", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "กลุ่มงานอำนวยการ",
				"เผยแพร่ขั้นตอนการเผยแพร่ข้อมูลบนเว็บไซต์แล้ว 12 รายการ");
		byte[] xlsx = http.bytes(base + "/report.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheet("แผนพัฒนา");
			assertThat(sheet).isNotNull();
			StringBuilder all = new StringBuilder();
			for (Row row : sheet) {
				for (Cell c : row) {
					all.append(c.toString()).append(" | ");
				}
				all.append('\n');
			}
			assertThat(all.toString()).contains("มาตรการ/แนวทาง | วิธีดำเนินการ | ผู้รับผิดชอบ | ระยะเวลาดำเนินการ | การติดตามผล")
				.contains("1 | 10. การป้องกันการทุจริต | มาตรการเผยแพร่ข้อมูลต่อสาธารณะ")
				.contains("เผยแพร่ขั้นตอนการเผยแพร่ข้อมูลบนเว็บไซต์แล้ว 12 รายการ");
		}
		String page = http.text("/plan/" + agency + "/" + year);
		assertThat(page).contains("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ").doesNotContain(staff.userId());
	}

	@Test
	void onlyStaffOfTheAgencyChangeItsPlan() {
		String agency = newAgency("PLA");
		String other = newAgency("PLB");
		ChatUser outsider = newPerson();
		outsider.says("เพิ่มมาตรการ 1\nก\nข\nค");
		assertThat(outsider.lastText()).contains("ขออภัย");
		ChatUser staff = staffOf(other);
		staff.says("เพิ่มมาตรการ " + agency + " 1\nก\nข\nค");
		assertThat(staff.lastText()).contains("เฉพาะหน่วยงาน " + other);
		staff.says("เพิ่มมาตรการ 11\nก\nข\nค");
		assertThat(staff.lastText()).contains("ไม่มีตัวชี้วัดที่ 11");
		staff.says("เพิ่มมาตรการ 1\nมาตรการเท่านั้น");
		assertThat(staff.lastText()).contains("รูปแบบคำสั่งไม่ถูกต้อง");
		ChatUser viewer = newStaff(agency, StaffMember.Role.VIEWER);
		viewer.says("เพิ่มมาตรการ 1\nก\nข\nค");
		assertThat(viewer.lastText()).contains("คำสั่งนี้สำหรับผู้ดูแลหน่วยงาน");
		viewer.says("แผน");
		assertThat(viewer.lastText()).contains("แผนพัฒนา").contains("ยังไม่มีมาตรการ");
		assertThat(plan.of(agency, scores.currentFiscalYear())).isEmpty();
		assertThat(plan.of(other, scores.currentFiscalYear())).isEmpty();
	}

	@Test
	void theResponsibleStaffArePushedAReminderBeforeTheFollowUpDateOnce() throws Exception {
		String agency = newAgency("PLR");
		int year = scores.currentFiscalYear();
		ChatUser staff = staffOf(agency);
		addMeasure(staff);
		LocalDate october = FollowUps.of(year).get(1);
		// the reminders run by a clock of their own, moved through September
		TestClock september = new TestClock();
		september.set(october.minusDays(30).atTime(9, 0).atZone(TestClock.BANGKOK).toInstant());
		PlanReminders reminders = new PlanReminders(new ImprovementPlan(mongo, september), contacts, lineClient, settings, seal);

		reminders.run();
		assertThat(plan.find(agency, year, 1).orElseThrow().reminded()).as("30 days before: too early").isEmpty();

		september.set(october.minusDays(3).atTime(9, 0).atZone(TestClock.BANGKOK).toInstant());
		reminders.run();
		JsonNode push = line.nextPushTo(staff.userId());
		assertThat(push.get("messages").get(0).get("text").asText()).contains("แจ้งเตือนการติดตามผลแผนพัฒนา")
			.contains("มาตรการที่ 1 มาตรการเผยแพร่ข้อมูลต่อสาธารณะ")
			.contains("ภายในวันที่ 1 ต.ค. " + year)
			.contains("ความคืบหน้า 1");
		assertThat(plan.find(agency, year, 1).orElseThrow().reminded()).containsExactly(october);

		// the next run (or another instance) does not remind again for the same date
		september.set(october.minusDays(1).atTime(9, 0).atZone(TestClock.BANGKOK).toInstant());
		reminders.run();
		assertThat(plan.find(agency, year, 1).orElseThrow().reminded()).containsExactly(october);
	}

	@Test
	void anAdminImportsAPreviousYearsFiguresByCommandOrJsonFile(@TempDir Path dir) throws Exception {
		String agency = newAgency("PRV");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = previousScores.run(List.of("--agency", agency, "--year", "2563", "--scores", "1=89.28,10=50.00", "--total",
				"74.62", "--level", "C"), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		PreviousScores p = lastYear.before(agency, 2564).orElseThrow();
		assertThat(p.indicators().get("10")).isEqualByComparingTo("50.00");
		assertThat(p.total()).isEqualByComparingTo("74.62");
		assertThat(p.source()).isEqualTo(PreviousScores.Source.IMPORTED);

		Path file = dir.resolve("2564.json");
		Files.writeString(file, "{\"indicators\": {\"1\": 90.5, \"2\": 80}, \"total\": 77.1, \"level\": \"B\"}");
		assertThat(previousScores.run(List.of("--agency", agency, "--year", "2564", "--file", file.toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
			.isZero();
		assertThat(lastYear.before(agency, 2565).orElseThrow().indicators()).containsKeys("1", "2");

		// bad input: a clear message, nothing stored
		err.reset();
		assertThat(previousScores.run(List.of("--agency", agency, "--year", "2565", "--scores", "11=50"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
			.isEqualTo(64);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no indicator 11");
		assertThat(previousScores.run(List.of("--agency", agency, "--year", "2565", "--scores", "1=150"),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
			.isEqualTo(64);
		assertThat(lastYear.before(agency, 2566)).isEmpty();
	}

	static String thai(LocalDate d) {
		return th.ita.bot.line.ThaiDates.format(d);
	}
}
