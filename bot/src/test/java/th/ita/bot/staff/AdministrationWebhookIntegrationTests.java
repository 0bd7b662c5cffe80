package th.ita.bot.staff;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.bot.ItaBotApplication;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.LineApiStub;
import th.ita.bot.support.TestClockConfiguration;
import th.ita.bot.support.Webhook;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration inside the running bot, on a fresh embedded database (its own H2 file) and with
 * nothing else started: the first province admin comes from the one-time code in the start-up log,
 * adds an agency, issues a staff code for it, the new staff member registers, and the admin's new
 * IIT access code admits personnel at once.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdministrationWebhookIntegrationTests {

	static final LineApiStub line = new LineApiStub();

	static final Pattern BOOTSTRAP = Pattern.compile("Send \"ลงทะเบียน ([A-Z2-9]{4}-[A-Z2-9]{4})\" to the bot");

	static final Pattern ISSUED = Pattern.compile("^ลงทะเบียน ([A-Z2-9]{4}-[A-Z2-9]{4})$", Pattern.MULTILINE);

	@TempDir
	static Path dir;

	static ChatUser person(ConfigurableApplicationContext context, String userId) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return new ChatUser(userId, new Webhook("http://127.0.0.1:" + port + "/callback", "admin-test-secret"), line);
	}

	@Test
	void aBootstrappedProvinceAdminSetsUpAnAgencyAndItsStaffWhileTheBotRuns(CapturedOutput output) {
		ConfigurableApplicationContext bot = new SpringApplicationBuilder(ItaBotApplication.class, TestClockConfiguration.class).run("--server.port=0",
				"--ita.embedded-mongo.file=" + dir.resolve("fresh.mv"), "--line.bot.api-end-point=" + line.url(),
				"--line.bot.blob-end-point=" + line.url(), "--line.bot.channel-secret=admin-test-secret",
				"--management.server.port=-1");
		try {
			Matcher printed = BOOTSTRAP.matcher(output.getAll());
			assertThat(printed.find()).as("the one-time code is in the start-up log").isTrue();
			String bootstrap = printed.group(1);
			// only its hash is stored
			MongoTemplate mongo = bot.getBean(MongoTemplate.class);
			assertThat(mongo.getCollection("staff_codes").find().into(new java.util.ArrayList<>()))
				.allSatisfy(d -> assertThat(d.toJson()).doesNotContain(bootstrap).doesNotContain(bootstrap.replace("-", "")));

			ChatUser admin = person(bot, "Uadmin000000000000000000000000001");
			admin.says("ลงทะเบียน " + bootstrap);
			assertThat(admin.lastText()).contains("ลงทะเบียนเรียบร้อย").contains("ผู้ดูแลระดับจังหวัด");
			assertThat(admin.quickReplyLabels()).contains("คะแนน", "เจ้าหน้าที่", "ช่วยเหลือ");
			// used once: a second person cannot become admin with it
			ChatUser other = person(bot, "Uother000000000000000000000000001");
			other.says("ลงทะเบียน " + bootstrap);
			assertThat(other.lastText()).contains("ไม่ถูกต้อง");

			admin.says("เพิ่มหน่วยงาน HRD สำนักงานสาธารณสุขจังหวัดภูเก็ต");
			assertThat(admin.lastText()).contains("เพิ่มหน่วยงานแล้ว").contains("สำนักงานสาธารณสุขจังหวัดภูเก็ต (HRD)");

			admin.says("รหัสเจ้าหน้าที่ ผู้ดูแล ดูผล HRD");
			assertThat(admin.lastText()).contains("ออกรหัสลงทะเบียนแล้ว").contains("ผู้ดูแลหน่วยงาน").contains("HRD");
			Matcher issued = ISSUED.matcher(admin.lastText());
			assertThat(issued.find()).as(admin.lastText()).isTrue();

			ChatUser newStaff = person(bot, "Unewstaff0000000000000000000000001");
			newStaff.says("ลงทะเบียน " + issued.group(1));
			assertThat(newStaff.lastText()).contains("ลงทะเบียนเรียบร้อย").contains("สำนักงานสาธารณสุขจังหวัดภูเก็ต (HRD)")
				.contains("ผู้ดูแลหน่วยงาน");
			StaffMember member = bot.getBean(StaffDirectory.class).find(newStaff.userId()).orElseThrow();
			assertThat(member.agency()).isEqualTo("HRD");
			assertThat(member.roles()).containsExactlyInAnyOrder(StaffMember.Role.AGENCY_ADMIN, StaffMember.Role.VIEWER);
			newStaff.says("เจ้าหน้าที่");
			assertThat(newStaff.lastText()).contains("เจ้าหน้าที่ของ HRD 1 คน").contains(member.shortId() + " (ท่าน)");

			admin.says("รหัส IIT HRD2570 HRD");
			assertThat(admin.lastText()).contains("เปลี่ยนรหัส IIT").contains("HRD2570").contains("มีผลทันที");

			ChatUser personnel = person(bot, "Upersonnel000000000000000000000001");
			personnel.says("IIT HRD");
			assertThat(personnel.lastText()).contains("รหัสเข้าร่วม");
			personnel.says("HRD2570");
			assertThat(personnel.lastText()).contains("ข้อ 1/51");

			// the audit trail names the actor by pseudonym, never by userId
			List<Document> audit = mongo.getCollection("staff_audit").find().into(new java.util.ArrayList<>());
			assertThat(audit).extracting(d -> d.getString("command")).contains("add agency HRD", "set iit code");
			assertThat(audit).allSatisfy(d -> assertThat(d.toJson()).doesNotContain(admin.userId()));
			assertThat(audit).filteredOn(d -> "set iit code".equals(d.getString("command")))
				.extracting(d -> d.getString("staff"))
				.containsOnly(bot.getBean(StaffDirectory.class).staffKey(admin.userId()));
		}
		finally {
			bot.close();
		}
	}

	@AfterAll
	static void stopStub() {
		line.shutdown();
	}
}
