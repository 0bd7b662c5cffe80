package th.ita.bot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.ita.bot.report.ReportLinks;
import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.StoredSheets;
import th.ita.scoring.Item;
import th.ita.scoring.Scale;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.scoring.cli.ScoringCli;
import th.ita.survey.agency.Agency;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffRegistration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second instrument end to end: the test instrument 2570 (6-option scale, 12 IIT questions in 2
 * indicators, 3 EIT indicators, 20 OIT items in 2 groups, weights 25/35/40, the tier rating) is
 * configured for fiscal year 2570 only; 2569 and before keep the shipped 2563. Respondents answer
 * through signed webhooks, staff judge the OIT checklist by chat, and the staff score command, the
 * XLSX report and the command-line scorer (on the sheets exported from the database) all give the
 * figures computed by hand below.
 * <p>
 * Hand computation. Option scores 0/20/40/60/80/100 on the 6-option scale (reversed on t4, u5),
 * yes/no 100/0 (reversed on t5). IIT respondents R1, R2 are the phase-1 set
 * (scoring/src/test/resources/instruments/responses-2570.jsonl); R3-R5 give every item its best
 * answer (100 each). Item = (R1 + R2 + 300) / 5:
 * t1 (100+80+300)/5 = 96; t2 (80+80+300)/5 = 92; t3 (60+100+300)/5 = 92; t4 (100+80+300)/5 = 96;
 * t5 (100+100+300)/5 = 100; t6.1 (100+60+300)/5 = 92; t6.2 (40+40+300)/5 = 76 → t6 = (92+76)/2 = 84;
 * t7 (100+60+300)/5 = 92; t8 100; t9 (80+80+300)/5 = 92; t10 (80+40+300)/5 = 84; t11 100;
 * t12 (60+80+300)/5 = 88.
 * IIT-A (t1-t6) = (96+92+92+96+100+84)/6 = 560/6 = 93.333… → 93.33;
 * IIT-B (t7-t12) = (92+100+92+84+100+88)/6 = 556/6 = 92.666… → 92.67; IIT = 186.00/2 = 93.00.
 * EIT respondents R1-R3 are the phase-1 set, R4, R5 answer best (100 each). Item = (R1+R2+R3 + 200)/5:
 * u1 (100+80+80+200)/5 = 92; u2 (100+100+60+200)/5 = 92; u3 (100+100+0+200)/5 = 80;
 * u4 (80+80+100+200)/5 = 92; u5 (100+80+100+200)/5 = 96; u6 (100+80+100+200)/5 = 96.
 * EIT-1 (u1,u2) = 92.00; EIT-2 (u3,u4) = 172/2 = 86.00; EIT-3 (u5,u6) = 96.00; EIT = 274/3 = 91.333… → 91.33.
 * OIT (phase-1 judgements, p5 and p20 not published): OIT-1.1 5/6 = 83.33, OIT-1.2 6/6 = 100 →
 * OIT-1 = 183.33/2 = 91.665 → 91.67; OIT-2 7/8 = 87.50; OIT = 179.17/2 = 89.585 → 89.59.
 * Total = 0.25·93.00 + 0.35·91.33 + 0.40·89.59 = 23.25 + 31.9655 + 35.836 = 91.0515 → 91.05.
 * Tiers: not ผ่านดีเยี่ยม (total < 95); ผ่านดี needs total ≥ 85 and IIT, EIT, OIT each ≥ 85: 93.00,
 * 91.33, 89.59 → ผ่านดี.
 */
class SecondInstrumentIntegrationTests extends BotIntegrationTest {

	/** 16 Nov 2026, 10:00 in Bangkok: fiscal year 2570. */
	static final Instant FY2570 = Instant.parse("2026-11-16T03:00:00Z");

	static final Path DIR = resource("/instruments/2570");

	static final Scheme instrument = Scheme.load(DIR);

	/** 100 on every item: the top option, the lowest on reverse items (t4, t5), yes on t11. */
	static final Map<String, String> BEST_IIT = answers(
			"t1=6 t2=6 t3=6 t4=1 t5=no t6.1=6 t6.2=6 t7=6 t8=6 t9=6 t10=6 t11=yes t12=6");

	/** 100 on every item (u5 is reverse scored). */
	static final Map<String, String> BEST_EIT = answers("u1=6 u2=6 u3=yes u4=6 u5=1 u6=6");

	static final List<Map<String, String>> IIT = List.of(
			answers("t1=6 t2=5 t3=4 t4=1 t5=no t6.1=6 t6.2=3 t7=6 t8=6 t9=5 t10=5 t11=yes t12=4"),
			answers("t1=5 t2=5 t3=6 t4=2 t5=no t6.1=4 t6.2=3 t7=4 t8=6 t9=5 t10=3 t11=yes t12=5"),
			BEST_IIT, BEST_IIT, BEST_IIT);

	static final List<Map<String, String>> EIT = List.of(answers("u1=6 u2=6 u3=yes u4=5 u5=1 u6=6"),
			answers("u1=5 u2=6 u3=yes u4=5 u5=2 u6=5"), answers("u1=5 u2=4 u3=no u4=6 u5=1 u6=6"), BEST_EIT, BEST_EIT);

	@DynamicPropertySource
	static void instruments(DynamicPropertyRegistry registry) {
		registry.add("ita.instruments.directories.2570", DIR::toString);
	}

	@Autowired
	StaffRegistration registration;

	@Autowired
	LiveScores scores;

	@Autowired
	ReportLinks links;

	@TempDir
	Path temp;

	/** The application's clock (moved across 1 October below; put back after each test). */
	@BeforeEach
	void fiscalYear2570() {
		clock.set(FY2570);
	}

	@Test
	void surveysStaffCommandsXlsxAndCliGiveTheHandComputedFiguresOnThe2570Instrument() throws Exception {
		String code = "Y" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		agencies.save(new Agency(code, "หน่วยงานทดสอบแบบประเมินปี 2570", code + "-IIT", null, null));

		for (Map<String, String> sheet : IIT) {
			ChatUser staffMember = newPerson();
			staffMember.says("IIT " + code);
			assertThat(staffMember.lastText()).contains("รหัสเข้าร่วม");
			staffMember.says(code + "-IIT");
			answer(staffMember, Tool.IIT, sheet);
		}
		for (Map<String, String> sheet : EIT) {
			ChatUser citizen = newPerson();
			citizen.says("EIT " + code);
			answer(citizen, Tool.EIT, sheet);
		}
		// stored under 2570 with exactly the answers given
		assertThat(StoredSheets.of(mongo, new Document("agency", code).append("fiscalYear", 2570))).hasSize(10);

		ChatUser staff = newPerson();
		staff.says("ลงทะเบียน "
				+ registration.issue(code, java.util.Set.of(StaffMember.Role.VIEWER, StaffMember.Role.OIT_EDITOR), StaffRegistration.DEFAULT_VALIDITY).code());
		assertThat(staff.lastText()).contains("ลงทะเบียนเรียบร้อย");
		for (int i = 1; i <= 20; i++) {
			boolean published = i != 5 && i != 20;
			staff.says("OIT p" + i + (published ? " ผ่าน https://example.go.th/p" + i : " ไม่ผ่าน"));
			assertThat(staff.lastText()).as("OIT p" + i).contains("p" + i);
		}

		// the staff score command
		List<JsonNode> reply = staff.says("คะแนน");
		String alt = reply.get(0).get("altText").asText();
		assertThat(alt).contains("ปีงบ 2570")
			.contains("รวม 91.05 ระดับ ผ่านดี")
			.contains("IIT 93.00 (n=5)")
			.contains("EIT 91.33 (n=5)")
			.contains("OIT 89.59")
			.contains("ตัวชี้วัด IIT-A:93.33 IIT-B:92.67 EIT-1:92.00 EIT-2:86.00 EIT-3:96.00 OIT-1:91.67 OIT-2:87.50");
		// one quick reply per indicator of this instrument, none of 2563's 1-10
		assertThat(staff.quickReplyLabels()).contains("ตัวชี้วัด IIT-A", "ตัวชี้วัด OIT-2").doesNotContain("ตัวชี้วัด 10");
		staff.says("ตัวชี้วัด eit-2");
		assertThat(staff.lastText()).contains("86.00");
		// last year's figures are read under last year's instrument (2563: indicators 1-10, letter levels)
		String lastYear = staff.says("คะแนน 2569").get(0).get("altText").asText();
		assertThat(lastYear).contains("ปีงบ 2569").contains("ตัวชี้วัด 1:- 2:-").doesNotContain("IIT-A");

		// the XLSX report
		byte[] xlsx = http.bytes("/reports/" + links.issue(code).token() + "/report.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet summary = book.getSheet("สรุปผล");
			assertThat(valueAfter(summary, "คะแนนรวม")).isEqualTo(91.05);
			assertThat(valueAfter(summary, "ระดับผลการประเมิน")).isEqualTo("ผ่านดี");
			assertThat(valueAfter(summary, "IIT-A. ")).isEqualTo(93.33);
			assertThat(valueAfter(summary, "IIT-B. ")).isEqualTo(92.67);
			assertThat(valueAfter(summary, "EIT-2. ")).isEqualTo(86.0);
			assertThat(valueAfter(summary, "OIT-1. ")).isEqualTo(91.67);
			assertThat(valueAfter(summary, "OIT-2. ")).isEqualTo(87.5);
		}

		// the dashboard's figures; with ?year=2569 last year's, on last year's instrument (indicators 1-10)
		String token = links.issue(code).token();
		JsonNode dashboard = http.json("/reports/" + token + "/dashboard.json");
		assertThat(dashboard.get("fiscalYear").asInt()).isEqualTo(2570);
		assertThat(dashboard.get("total").decimalValue()).isEqualByComparingTo("91.05");
		assertThat(dashboard.get("level").asText()).isEqualTo("ผ่านดี");
		assertThat(dashboard.get("indicators").findValuesAsText("id")).containsExactly("IIT-A", "IIT-B", "EIT-1", "EIT-2",
				"EIT-3", "OIT-1", "OIT-2");
		JsonNode before = http.json("/reports/" + token + "/dashboard.json?year=2569");
		assertThat(before.get("fiscalYear").asInt()).isEqualTo(2569);
		assertThat(before.get("indicators").findValuesAsText("id")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8",
				"9", "10");

		// the command-line scorer on the sheets and judgements exported from the database
		Path export = exportJsonl(code, 2570);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ScoringCli.run(new String[] { "report", "--instrument", DIR.toString(), "--format", "json",
				export.toString() }, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		JsonNode cli = new ObjectMapper().readTree(out.toByteArray()).get("agencies").get(0);
		assertThat(cli.get("n").get("IIT").asInt()).isEqualTo(5);
		assertThat(cli.get("n").get("EIT").asInt()).isEqualTo(5);
		assertThat(cli.get("iit").decimalValue()).isEqualByComparingTo("93.00");
		assertThat(cli.get("eit").decimalValue()).isEqualByComparingTo("91.33");
		assertThat(cli.get("oit").decimalValue()).isEqualByComparingTo("89.59");
		assertThat(cli.get("total").decimalValue()).isEqualByComparingTo("91.05");
		assertThat(cli.get("level").asText()).isEqualTo("ผ่านดี");
		assertThat(cli.get("indicators").get("EIT-2").decimalValue()).isEqualByComparingTo("86.00");
	}

	@Test
	void aSurveyStraddling1OctoberFinishesOnTheInstrumentItBeganWith() {
		String code = "Z" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		agencies.save(new Agency(code, "หน่วยงานทดสอบข้ามปีงบประมาณ", "x", null, null));
		// 30 Sep 2026, 23:50 in Bangkok: the last minutes of fiscal 2569, on the 2563 instrument (19 EIT items)
		clock.set(Instant.parse("2026-09-30T16:50:00Z"));
		ChatUser citizen = newPerson();
		citizen.says("EIT " + code);
		assertThat(citizen.lastText()).contains("ข้อ 1/19");
		assertThat(citizen.quickReplyLabels()).contains("มากที่สุด").hasSize(5);
		citizen.taps("มาก");
		assertThat(citizen.lastText()).contains("ข้อ 2/19");
		// 1 October: fiscal 2570 begins with its own instrument, but this survey keeps the one it began with
		clock.set(Instant.parse("2026-09-30T17:10:00Z"));
		Scheme old = Scheme.load(2563);
		for (int i = 1; i < 19; i++) {
			List<Scale.Option> options = old.form(Tool.EIT).items().get(i).scale().options();
			citizen.taps(options.get(options.size() - 1).label());
			assertThat(citizen.lastText()).contains(i + 1 < 19 ? "ข้อ " + (i + 2) + "/19" : "ตอบแล้ว 19/19");
		}
		citizen.taps("✅ ส่งแบบประเมิน");
		assertThat(citizen.lastText()).contains("ขอบคุณ");
		assertThat(StoredSheets.of(mongo, new Document("agency", code).append("fiscalYear", 2569))).hasSize(1)
			.allSatisfy(sheet -> assertThat(sheet.getList("answers", Document.class)).hasSize(19));
		// a survey begun now is on the 2570 instrument: 6 questions, 6 options
		ChatUser next = newPerson();
		next.says("EIT " + code);
		assertThat(next.lastText()).contains("ข้อ 1/6");
		assertThat(next.quickReplyLabels()).containsSubsequence("น้อยที่สุด", "น้อยมาก", "น้อย", "ค่อนข้างมาก", "มาก",
				"มากที่สุด");
	}

	/** Answers every item of the form by tapping the option's button; checks the 6-option scale is offered. */
	void answer(ChatUser person, Tool tool, Map<String, String> sheet) {
		List<Item> items = instrument.form(tool).items();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			assertThat(person.lastText()).contains("ข้อ " + (i + 1) + "/" + items.size());
			List<String> labels = item.scale().options().stream().map(Scale.Option::label).toList();
			assertThat(person.quickReplyLabels()).containsSubsequence(labels);
			String value = sheet.get(item.id());
			person.taps(item.scale().options().get(item.scale().indexOf(value)).label());
		}
		assertThat(person.lastText()).contains("ตอบแล้ว " + items.size() + "/" + items.size());
		person.taps("✅ ส่งแบบประเมิน");
		assertThat(person.lastText()).contains("ขอบคุณ");
	}

	/** The stored sheets and OIT judgements of a year as the CLI's JSONL. */
	Path exportJsonl(String agency, int year) throws Exception {
		ObjectMapper json = new ObjectMapper();
		StringBuilder lines = new StringBuilder();
		for (Tool tool : List.of(Tool.IIT, Tool.EIT)) {
			for (Document sheet : StoredSheets.of(mongo,
					new Document("agency", agency).append("fiscalYear", year).append("tool", tool.name()))) {
				ObjectNode line = json.createObjectNode().put("form", tool.name()).put("agency", agency);
				ObjectNode answers = line.putObject("answers");
				sheet.getList("answers", Document.class).forEach(a -> answers.put(a.getString("item"), a.getString("value")));
				lines.append(json.writeValueAsString(line)).append('\n');
			}
		}
		ObjectNode oit = json.createObjectNode().put("form", "OIT").put("agency", agency);
		ObjectNode items = oit.putObject("items");
		scores.judgements(agency, year).forEach(j -> items.put(j.item(), j.pass()));
		lines.append(json.writeValueAsString(oit)).append('\n');
		return Files.writeString(temp.resolve("export.jsonl"), lines);
	}

	/** Column D of the summary row whose column C starts with {@code label}. */
	static Object valueAfter(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell c = row.getCell(2);
			if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(label)) {
				Cell v = row.getCell(3);
				return v.getCellType() == CellType.NUMERIC ? (Object) v.getNumericCellValue() : v.getStringCellValue();
			}
		}
		throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
	}

	static Map<String, String> answers(String pairs) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String p : pairs.split(" ")) {
			out.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
		}
		return out;
	}

	static Path resource(String name) {
		try {
			return Path.of(SecondInstrumentIntegrationTests.class.getResource(name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
