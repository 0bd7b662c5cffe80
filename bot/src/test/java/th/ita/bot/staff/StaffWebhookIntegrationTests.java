package th.ita.bot.staff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.TestAgencies;
import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Scheme;
import th.ita.scoring.ScoreCalculator;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.scores.OitJudgement;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffRegistration;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.bot.staff.StaffFixture.texts;

/** Staff commands through signed webhooks: who may see what, and that it is what the scorer says. */
class StaffWebhookIntegrationTests extends BotIntegrationTest {

	/** A figure as the bot prints scores and percents: digits, a point, two decimals. */
	static final Pattern FIGURE = Pattern.compile("\\d+\\.\\d\\d");

	// the seed instrument: these tests run on the shipped 2563 only
	static final Scheme scheme = TestAgencies.SEED_INSTRUMENT;

	@Autowired
	LiveScores scores;

	@Autowired
	StaffCodeCommand staffCode;

	Agency newAgency(Integer headcount, Integer expectedUsers) {
		return testAgencies.create("ST", "หน่วยงานทดสอบเจ้าหน้าที่", headcount, expectedUsers);
	}

	/** An admin creates a code on the command line; the person sends it to the bot. */
	ChatUser registeredStaff(String agency, String role) {
		// the single-role era's "staff" could view, judge OIT and set the headcount; its "admin" all agencies
		String roles = role.equals("admin") ? "province-admin,viewer,oit-editor" : "viewer,oit-editor,agency-admin";
		StaffFixture.Printed printed = StaffFixture.run(staffCode::run, "--agency", agency, "--roles", roles);
		assertThat(printed.status()).as(printed.err()).isZero();
		ChatUser person = newPerson();
		person.says("ลงทะเบียน " + printed.firstLine());
		assertThat(person.lastText()).contains("ลงทะเบียนเรียบร้อย");
		return person;
	}

	Tally storeResponses(String agency, int iit, int eit, long seed) {
		Tally expected = new Tally();
		Random random = new Random(seed);
		testAgencies.respondAtRandom(agency, Tool.IIT, iit, random, expected);
		testAgencies.respondAtRandom(agency, Tool.EIT, eit, random, expected);
		return expected;
	}

	/** Judges every OIT item, about two in three as published, in the store and in the expected tally. */
	void judgeOit(String agency, Tally expected, long seed) {
		Random random = new Random(seed);
		for (Item item : scheme.form(Tool.OIT).items()) {
			boolean pass = random.nextInt(3) > 0;
			scores.judge(agency, scores.currentFiscalYear(), item.id(), pass, "https://example.go.th/" + item.id());
			expected.add(item, pass ? 0 : 1, 1);
		}
	}

	static String figure(BigDecimal value) {
		return value == null ? "-" : value.toPlainString();
	}

	static String altText(List<JsonNode> reply) {
		assertThat(reply.get(0).path("type").asText()).isEqualTo("flex");
		return reply.get(0).get("altText").asText();
	}

	static void withinLineLimits(List<JsonNode> reply) {
		assertThat(reply).hasSizeBetween(1, 5);
		for (JsonNode m : reply) {
			assertThat(m.path("quickReply").path("items").size()).isLessThanOrEqualTo(13);
			if ("flex".equals(m.path("type").asText())) {
				assertThat(m.get("altText").asText().length()).isBetween(1, 400);
				assertThat(m.get("contents").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
					.isLessThan(30_000);
			}
			else {
				assertThat(m.get("text").asText().codePointCount(0, m.get("text").asText().length())).isLessThanOrEqualTo(5000);
			}
			m.path("quickReply").path("items").forEach(i -> assertThat(i.path("action").path("label").asText().length())
				.isLessThanOrEqualTo(20));
		}
	}

	@Test
	void registeredStaffSeeTheFiguresTheScoringLibraryGivesForTheSameAnswers() {
		Agency agency = newAgency(60, 5000);
		Tally tally = storeResponses(agency.code(), 12, 9, 7);
		judgeOit(agency.code(), tally, 8);
		ScoreCard expected = new ScoreCalculator(scheme).score(tally);
		ChatUser staff = registeredStaff(agency.code(), "staff");

		List<JsonNode> reply = staff.says("คะแนน");
		withinLineLimits(reply);
		String alt = altText(reply);
		assertThat(alt).contains("รวม " + figure(expected.total()) + " ระดับ " + expected.level())
			.contains("IIT " + figure(expected.tool(Tool.IIT).score()) + " (n=12)")
			.contains("EIT " + figure(expected.tool(Tool.EIT).score()) + " (n=9)")
			.contains("OIT " + figure(expected.tool(Tool.OIT).score()));
		for (String id : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")) {
			assertThat(alt).contains(" " + id + ":" + figure(expected.indicator(id).score()));
		}
		List<String> card = texts(reply);
		assertThat(card).contains(figure(expected.total()), expected.level(), figure(expected.tool(Tool.IIT).score()));
		var iit = expected.tool(Tool.IIT).interval();
		assertThat(String.join("\n", card)).contains("95% CI " + iit.low() + "–" + iit.high() + " · ผู้ตอบ 12 คน / ขั้นต่ำ 30 คน ยังไม่ครบ")
			.contains("ผู้ตอบ 9 คน / ขั้นต่ำ 400 คน ยังไม่ครบ")
			.contains("ตรวจแล้ว 43/43 ข้อ");

		// an item's distribution, laid out like the report's table: each option's percent and the score
		reply = staff.says("ข้อ i18");
		withinLineLimits(reply);
		String shown = String.join("\n", texts(reply)) + "\n" + altText(reply);
		Question i18 = scheme.form(Tool.IIT).questionsById().get("i18");
		assertThat(i18.items()).hasSize(3);
		for (Item item : i18.items()) {
			ScoreCard.ItemScore is = expected.item(item.id());
			assertThat(shown).contains(item.text());
			for (BigDecimal p : is.percents()) {
				assertThat(shown).contains(p.toPlainString() + "%");
			}
			assertThat(altText(reply)).contains(item.id() + " " + item.scale().options().get(0).label() + " "
					+ is.percents().get(0) + "%");
			assertThat(shown).contains("คะแนน " + figure(is.score()) + " (95% CI " + is.interval().low() + "–"
					+ is.interval().high() + ") · ผู้ตอบข้อนี้ " + is.n() + " คน");
		}

		// an indicator with each question's score
		reply = staff.says("indicator 6");
		withinLineLimits(reply);
		alt = altText(reply);
		assertThat(alt).startsWith("ตัวชี้วัดที่ 6 ").contains(": " + figure(expected.indicator("6").score()));
		Indicator six = scheme.form(Tool.EIT).indicators().stream().filter(i -> i.id().equals("6")).findFirst().orElseThrow();
		for (Question q : six.questions()) {
			assertThat(alt).contains(q.id() + " " + figure(expected.questions().get(q.id())));
		}
		// the OIT indicator with the most items still fits in one bubble
		reply = staff.says("ตัวชี้วัด 9");
		withinLineLimits(reply);
		assertThat(altText(reply)).contains("9.1 " + figure(expected.subindicators().get("9.1")));

		// every command was audited under the staff pseudonym, never the LINE userId
		String key = staffDirectory.staffKey(staff.userId());
		List<Document> audit = mongo.getCollection("staff_audit")
			.find(new Document("staff", key))
			.into(new java.util.ArrayList<>());
		assertThat(audit).extracting(d -> d.getString("command"))
			// the H2 file (the default store, used by the tests) keeps no insertion order
			.containsExactlyInAnyOrder("register", "score", "item i18", "indicator 6", "indicator 9");
		assertThat(audit).allSatisfy(d -> {
			assertThat(d.getString("agency")).isEqualTo(agency.code());
			assertThat(d.get("at")).isNotNull();
		});
		assertThat(mongo.getCollection("staff_audit").find().into(new java.util.ArrayList<>()))
			.noneSatisfy(d -> assertThat(d.toJson()).contains(staff.userId()));
		assertThat(mongo.getCollection("staff").find().into(new java.util.ArrayList<>()))
			.noneSatisfy(d -> assertThat(d.toJson()).contains(staff.userId()));
	}

	@Test
	void someoneWhoIsNotStaffGetsAPoliteRefusalAndNoFigure() {
		Agency agency = newAgency(60, 5000);
		Tally tally = storeResponses(agency.code(), 6, 6, 11);
		judgeOit(agency.code(), tally, 12);
		ChatUser stranger = newPerson();
		for (String command : List.of("คะแนน", "score " + agency.code(), "ตัวชี้วัด 1", "indicator 9", "ข้อ i18",
				"item e1.1", "จุดอ่อน", "weak", "OIT", "OIT " + agency.code(), "OIT o30 ผ่าน https://evil.example/",
				"ตั้งค่า บุคลากร 1", "set users 3 " + agency.code())) {
			List<JsonNode> reply = stranger.says(command);
			assertThat(reply).as(command).hasSize(1);
			assertThat(reply.get(0).path("type").asText()).isEqualTo("text");
			String text = stranger.lastText();
			assertThat(text).as(command).contains("ขออภัย").contains("เจ้าหน้าที่").contains("ลงทะเบียน");
			assertThat(FIGURE.matcher(text).find()).as(command + ": " + text).isFalse();
		}
		// nothing changed either
		assertThat(agencies.find(agency.code()).orElseThrow().headcount()).isEqualTo(60);
		assertThat(agencies.find(agency.code()).orElseThrow().expectedUsers()).isEqualTo(5000);
		OitJudgement o30 = mongo.findById(OitJudgement.id(agency.code(), scores.currentFiscalYear(), "o30"), OitJudgement.class);
		assertThat(o30.url()).isEqualTo("https://example.go.th/o30");
		// the attempts are audited, as refused, under the pseudonym
		List<Document> audit = mongo.getCollection("staff_audit")
			.find(new Document("staff", staffDirectory.staffKey(stranger.userId())))
			.into(new java.util.ArrayList<>());
		assertThat(audit).hasSize(13).allSatisfy(d -> {
			assertThat(d.getString("outcome")).isEqualTo("NotStaff");
			assertThat(d.get("agency")).isNull();
		});
	}

	@Test
	void anExpiredCodeFails() {
		Agency agency = newAgency(null, null);
		// issued 72 hours and a minute ago, by an instance whose clock says so
		Clock then = Clock.fixed(clock.instant().minus(Duration.ofHours(72)).minusSeconds(60), ZoneOffset.UTC);
		String code = new StaffRegistration(mongo, staffDirectory, then).issue(agency.code(), java.util.Set.of(StaffMember.Role.VIEWER),
				StaffRegistration.DEFAULT_VALIDITY).code();
		ChatUser late = newPerson();
		late.says("ลงทะเบียน " + code);
		assertThat(late.lastText()).contains("ไม่ถูกต้อง ใช้ไปแล้ว หรือหมดอายุ").doesNotContain("ลงทะเบียนเรียบร้อย");
		assertThat(staffDirectory.find(late.userId())).isEmpty();
		late.says("คะแนน " + agency.code());
		assertThat(late.lastText()).contains("ขออภัย");
		// one issued 71 hours ago still works
		Clock recent = Clock.fixed(clock.instant().minus(Duration.ofHours(71)), ZoneOffset.UTC);
		String fresh = new StaffRegistration(mongo, staffDirectory, recent).issue(agency.code(), java.util.Set.of(StaffMember.Role.VIEWER),
				StaffRegistration.DEFAULT_VALIDITY).code();
		late.says("register " + fresh.toLowerCase());
		assertThat(late.lastText()).contains("ลงทะเบียนเรียบร้อย");
		assertThat(staffDirectory.find(late.userId())).hasValueSatisfying(m -> assertThat(m.agency()).isEqualTo(agency.code()));
	}

	@Test
	void aCodeWorksOnce() {
		Agency agency = newAgency(null, null);
		StaffFixture.Printed printed = StaffFixture.run(staffCode::run, "--agency", agency.code());
		String code = printed.firstLine();
		assertThat(printed.out()).contains("ลงทะเบียน " + code).contains("หมดอายุ");
		ChatUser first = newPerson();
		first.says("ลงทะเบียน " + code);
		assertThat(first.lastText()).contains("ลงทะเบียนเรียบร้อย").contains(agency.code());
		ChatUser second = newPerson();
		second.says("ลงทะเบียน " + code);
		assertThat(second.lastText()).contains("ไม่ถูกต้อง ใช้ไปแล้ว หรือหมดอายุ");
		assertThat(staffDirectory.find(second.userId())).isEmpty();
		second.says("คะแนน");
		assertThat(second.lastText()).contains("ขออภัย");
		assertThat(FIGURE.matcher(second.lastText()).find()).isFalse();
		// the code itself is stored nowhere, the audit included
		assertThat(mongo.getCollection("staff_audit").find().into(new java.util.ArrayList<>()))
			.noneSatisfy(d -> assertThat(d.toJson()).contains(code).contains(code.replace("-", "")));
	}

	@Test
	void aFormsFiguresAreWithheldBelowKRespondentsAndShownFromK() {
		Agency agency = newAgency(null, null);
		Tally tally = storeResponses(agency.code(), 4, 5, 21);
		judgeOit(agency.code(), tally, 22);
		ChatUser staff = registeredStaff(agency.code(), "staff");

		// k - 1 = 4 IIT respondents: no IIT figure, no total (it would give IIT away); not even the
		// count, which is published in steps of k like every other figure
		ScoreCard atFour = new ScoreCalculator(scheme).score(tally);
		List<JsonNode> reply = staff.says("คะแนน");
		String alt = altText(reply);
		assertThat(alt).contains("รวม - ระดับ -").contains("IIT - (n=0)").contains(" 1:- 2:- 3:- 4:- 5:- ")
			.contains("EIT " + figure(atFour.tool(Tool.EIT).score()) + " (n=5)");
		String card = String.join("\n", texts(reply));
		assertThat(card).contains("ยังไม่แสดง: ผู้ตอบ 0 คน (แสดงเมื่อครบ 5 คน)")
			.doesNotContain(figure(atFour.tool(Tool.IIT).score()))
			.doesNotContain(figure(atFour.total()));
		staff.says("ข้อ i1.1");
		assertThat(staff.lastText()).contains("ยังแสดงผล IIT").contains("มีผู้ตอบ 0 คน ต้องมีอย่างน้อย 5 คน");
		assertThat(FIGURE.matcher(staff.lastText()).find()).isFalse();
		staff.says("ตัวชี้วัด 1");
		assertThat(staff.lastText()).contains("ยังแสดงผล IIT");
		staff.says("จุดอ่อน");
		assertThat(staff.lastText()).contains("ยังไม่รวม IIT").doesNotContain("การปฏิบัติหน้าที่");
		// EIT has k respondents: shown
		staff.says("ข้อ e1.1");
		assertThat(altText(staff.lastReply())).contains("คะแนน " + figure(atFour.item("e1.1").score()) + " n=");

		// the fifth IIT respondent lifts the suppression
		testAgencies.respondAtRandom(agency.code(), Tool.IIT, 1, new Random(23), tally);
		ScoreCard atFive = new ScoreCalculator(scheme).score(tally);
		reply = staff.says("คะแนน");
		assertThat(altText(reply)).contains("รวม " + figure(atFive.total()) + " ระดับ " + atFive.level())
			.contains("IIT " + figure(atFive.tool(Tool.IIT).score()) + " (n=5)")
			.contains(" 1:" + figure(atFive.indicator("1").score()) + " ");
		reply = staff.says("ข้อ i1.1");
		ScoreCard.ItemScore i11 = atFive.item("i1.1");
		assertThat(altText(reply)).contains("คะแนน " + figure(i11.score()) + " n=" + i11.n());
		for (BigDecimal p : i11.percents()) {
			assertThat(texts(reply)).contains(p.toPlainString() + "%");
		}
	}

	@Test
	void staffSeeOnlyTheirAgencyAndAProvinceAdminSeesAny() {
		Agency own = newAgency(null, null);
		Agency other = newAgency(null, null);
		storeResponses(other.code(), 5, 5, 31);
		ChatUser staff = registeredStaff(own.code(), "staff");
		staff.says("คะแนน " + other.code());
		assertThat(staff.lastText()).contains("เฉพาะหน่วยงาน " + own.code());
		assertThat(FIGURE.matcher(staff.lastText()).find()).isFalse();
		staff.says("OIT o1 ผ่าน https://a.go.th/ " + other.code());
		assertThat(staff.lastText()).contains("เฉพาะหน่วยงาน " + own.code());
		assertThat(scores.judgements(other.code(), scores.currentFiscalYear())).isEmpty();

		ChatUser admin = registeredStaff(own.code(), "admin");
		List<JsonNode> reply = admin.says("score " + other.code().toLowerCase());
		assertThat(altText(reply)).contains("ITA " + other.code()).contains("IIT ").contains("(n=5)");
		admin.says("คะแนน NOSUCH");
		assertThat(admin.lastText()).contains("ไม่พบหน่วยงานรหัส NOSUCH");
	}

	@Test
	void staffRecordOitJudgementsAndListAllFortyThree() {
		Agency agency = newAgency(null, null);
		ChatUser staff = registeredStaff(agency.code(), "staff");
		staff.says("OIT o30 ผ่าน https://www.example.go.th/ita/o30");
		assertThat(staff.lastText()).contains("บันทึกแล้ว: o30").contains("✅ ผ่าน").contains("https://www.example.go.th/ita/o30");
		staff.says("oit o31 fail");
		assertThat(staff.lastText()).contains("บันทึกแล้ว: o31").contains("❌ ไม่ผ่าน");
		staff.says("OIT o32 ผ่าน javascript:alert(1)");
		assertThat(staff.lastText()).contains("ลิงก์หลักฐานต้องขึ้นต้นด้วย http");
		staff.says("OIT o99 ผ่าน");
		assertThat(staff.lastText()).contains("ไม่พบข้อ o99");

		OitJudgement o30 = mongo.findById(OitJudgement.id(agency.code(), scores.currentFiscalYear(), "o30"), OitJudgement.class);
		assertThat(o30.pass()).isTrue();
		assertThat(o30.url()).isEqualTo("https://www.example.go.th/ita/o30");
		assertThat(mongo.findById(OitJudgement.id(agency.code(), scores.currentFiscalYear(), "o32"), OitJudgement.class)).isNull();

		List<JsonNode> reply = staff.says("OIT");
		withinLineLimits(reply);
		String list = staff.lastText();
		Form oit = scheme.form(Tool.OIT);
		assertThat(oit.items()).hasSize(43);
		for (Item item : oit.items()) {
			assertThat(list).containsPattern("(✅|❌|⬜) " + Pattern.quote(item.id()) + " ");
		}
		assertThat(list).contains("✅ o30 ").contains("❌ o31 ").contains("⬜ o1 ").contains("⬜ ยังไม่ตรวจ 41");
		staff.says("ข้อ o30");
		assertThat(staff.lastText()).contains("✅ ผ่าน").contains("หลักฐาน: https://www.example.go.th/ita/o30");
	}

	@Test
	void staffSetHeadcountAndServiceUsersAndSeeTheMinimumSample() {
		Agency agency = newAgency(null, null);
		storeResponses(agency.code(), 6, 7, 41);
		ChatUser staff = registeredStaff(agency.code(), "staff");
		assertThat(String.join("\n", texts(staff.says("คะแนน")))).contains("ยังไม่ได้ตั้งจำนวนบุคลากร")
			.contains("ยังไม่ได้ตั้งจำนวนผู้รับบริการ");
		staff.says("ตั้งค่า บุคลากร 25");
		assertThat(staff.lastText()).contains("= 25 คน").contains("ขั้นต่ำของ IIT: 25 คน");
		staff.says("set users 5,000");
		assertThat(staff.lastText()).contains("= 5,000 คน").contains("ขั้นต่ำของ EIT: 400 คน");
		Agency saved = agencies.find(agency.code()).orElseThrow();
		assertThat(saved.headcount()).isEqualTo(25);
		assertThat(saved.expectedUsers()).isEqualTo(5000);
		assertThat(String.join("\n", texts(staff.says("คะแนน")))).contains("ผู้ตอบ 6 คน / ขั้นต่ำ 25 คน ยังไม่ครบ")
			.contains("ผู้ตอบ 7 คน / ขั้นต่ำ 400 คน ยังไม่ครบ");
		staff.says("ตั้งค่า บุคลากร 6");
		assertThat(String.join("\n", texts(staff.says("คะแนน")))).contains("ผู้ตอบ 6 คน / ขั้นต่ำ 6 คน ✓ ครบ");
		staff.says("ตั้งค่า บุคลากร 0");
		assertThat(staff.lastText()).contains("จำนวนต้องอยู่ระหว่าง 1");
	}

	@Test
	void helpListsStaffCommandsOnlyForStaff() {
		ChatUser stranger = newPerson();
		assertThat(stranger.says("ช่วยเหลือ")).hasSize(1);
		assertThat(stranger.lastText()).doesNotContain("คำสั่งสำหรับเจ้าหน้าที่");
		ChatUser staff = registeredStaff(newAgency(null, null).code(), "staff");
		List<JsonNode> reply = staff.says("help");
		assertThat(reply).hasSize(2);
		withinLineLimits(reply);
		assertThat(staff.lastText()).contains("ทำแบบประเมิน").contains("คำสั่งสำหรับเจ้าหน้าที่").contains("ตัวชี้วัด N")
			.contains("OIT o30 ผ่าน");
		assertThat(reply.get(1).path("quickReply").findValuesAsText("label")).contains("คะแนน", "จุดอ่อน", "OIT");
		staff.says("ข้อ ห้า");
		assertThat(staff.lastText()).contains("รูปแบบคำสั่งไม่ถูกต้อง");
	}

	@Test
	void aSurveyRespondentTypingFreeTextIsNotTakenForStaff() {
		ChatUser citizen = newPerson();
		citizen.says("EIT PKT");
		citizen.taps("มาก");
		citizen.says("ข้อ 2 ไม่เข้าใจครับ");
		assertThat(citizen.lastText()).contains("จึงไม่ได้บันทึก").contains("ข้อ 2/19");
	}

	@Test
	void indicatorAndItemIdsThatDoNotExistAreSaidSo() {
		ChatUser staff = registeredStaff(newAgency(null, null).code(), "staff");
		staff.says("ตัวชี้วัด 11");
		assertThat(staff.lastText()).contains("ไม่มีตัวชี้วัดที่ 11");
		staff.says("item i99");
		assertThat(staff.lastText()).contains("ไม่พบข้อ i99");
	}
}
