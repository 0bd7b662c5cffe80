package th.ita.bot.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import th.ita.bot.plan.ScoreReading;
import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.FlexReply;
import th.ita.bot.support.TestAgencies;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.conversation.Answer;
import th.ita.survey.plan.LastYear;
import th.ita.survey.plan.PreviousScores;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.scores.OitJudgement;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's answers read for what they mean: options coloured by their score (e4.1, nobody asked
 * for a bribe, is all good colour), the OIT checklist not judged yet shown as a to-do with the range
 * the total can still take (never a level F), the seed's guidance under weak indicators, and the
 * change since a previous year.
 */
class SeedAnalysisIntegrationTests extends BotIntegrationTest {

	static final Scheme scheme = TestAgencies.SEED_INSTRUMENT;

	@Autowired
	LiveScores scores;

	@Autowired
	ReportLinks links;

	@Autowired
	LastYear lastYear;

	String base(String agency) {
		return "/reports/" + links.issue(agency).token();
	}

	/** This class's agency with the seed's answers. */
	String seed() {
		return testAgencies.seeded("RPTANA");
	}

	/** A new agency of one test holding the seed's answers. */
	String newSeedAgency(String prefix, String name) {
		String code = testAgencies.create(prefix, name);
		testAgencies.loadSeed(code);
		return code;
	}

	@Test
	void optionsAreColouredByWhatTheyMeanForTheScoreSoReverseItemsComeOutRight() throws Exception {
		String seed = seed();
		JsonNode d = http.json(base(seed) + "/dashboard.json");
		JsonNode e41 = null;
		JsonNode group = null;
		for (JsonNode dist : d.get("distributions")) {
			for (JsonNode item : dist.get("items")) {
				if (item.get("id").asText().equals("e4.1")) {
					e41 = item;
					group = dist;
				}
			}
		}
		assertThat(e41).as("e4.1 in the dashboard").isNotNull();
		assertThat(group.get("reverse").asBoolean()).isTrue();
		// best option first: on "were you asked for a bribe?" that is ไม่มี, drawn in the good colour
		assertThat(group.get("options").get(0).get("label").asText()).isEqualTo("ไม่มี");
		assertThat(group.get("options").get(0).get("colour").asText()).isEqualTo(ScoreReading.BEST);
		assertThat(group.get("options").get(1).get("colour").asText()).isEqualTo(ScoreReading.WORST);
		// the seed: 73.95% answered ไม่มี, which is e4.1's score, in the good colour
		assertThat(e41.get("score").decimalValue()).isEqualByComparingTo("73.95");
		assertThat(e41.get("percents").get(0).decimalValue()).isEqualByComparingTo("73.95");
		assertThat(e41.get("shortText").asText())
			.isEqualTo(ScoreReading.shortText(scheme, scheme.item("e4.1").orElseThrow(), 40))
			.isNotBlank();
		// a positively worded item of the same scale: มี is the good answer there
		JsonNode plain = find(d.get("distributions"), "EIT", "YESNO", false);
		assertThat(plain.get("options").get(0).get("label").asText()).isEqualTo("มี");
		assertThat(plain.get("options").get(0).get("colour").asText()).isEqualTo(ScoreReading.BEST);
		// i18.2 "มีการซื้อขายตำแหน่ง": มากที่สุด is the worst answer and drawn so
		JsonNode iitReverse = find(d.get("distributions"), "IIT", "LEVEL4", true);
		assertThat(iitReverse.get("options").get(3).get("label").asText()).isEqualTo("มากที่สุด");
		assertThat(iitReverse.get("options").get(3).get("colour").asText()).isEqualTo(ScoreReading.WORST);
		assertThat(iitReverse.get("items").findValuesAsText("id")).contains("i18.2");
		String seedRow = row(http.text(base(seed) + "/report.html"), "e4.1");
		assertThat(seedRow).contains("<td class=\"n o-worst\">26.05%</td>").contains("<td class=\"n o-best\">73.95%</td>");

		// e4.1 at 100 (nobody was asked for a bribe): all of it good colour, in the dashboard and the report
		String code = testAgencies.create("NOB", "หน่วยงานที่ไม่มีใครถูกเรียกรับ");
		List<Answer> best = TestAgencies.everyItem(Tool.EIT, i -> ScoreReading.bestFirst(i).get(0));
		for (int r = 0; r < 5; r++) {
			testAgencies.respond(code, Tool.EIT, best, today());
		}
		JsonNode e41At100 = find(http.json(base(code) + "/dashboard.json").get("distributions"), "EIT", "YESNO", true);
		JsonNode item = e41At100.get("items").get(0);
		assertThat(item.get("id").asText()).isEqualTo("e4.1");
		assertThat(item.get("score").decimalValue()).isEqualByComparingTo("100");
		assertThat(item.get("percents").get(0).decimalValue()).isEqualByComparingTo("100");
		assertThat(e41At100.get("options").get(0).get("colour").asText()).isEqualTo(ScoreReading.BEST);
		assertThat(row(http.text(base(code) + "/report.html"), "e4.1")).contains("<td class=\"n o-best\">100.00%</td>")
			.contains("<td class=\"n o-worst\">0.00%</td>");
	}

	static String row(String html, String itemId) {
		String row = html.substring(html.indexOf("<tr id=\"item-" + itemId + "\">"));
		return row.substring(0, row.indexOf("</tr>"));
	}

	static JsonNode find(JsonNode distributions, String tool, String scale, boolean reverse) {
		for (JsonNode dist : distributions) {
			if (dist.get("tool").asText().equals(tool) && dist.get("scale").asText().equals(scale)
					&& dist.get("reverse").asBoolean() == reverse) {
				return dist;
			}
		}
		throw new AssertionError("no " + tool + " " + scale + " reverse=" + reverse);
	}

	@Test
	void unjudgedOitIsATodoAndTheTotalIsIncompleteUntilAll43AreJudgedThen7462C() throws Exception {
		String code = newSeedAgency("ANA", "หน่วยงานทดสอบการวิเคราะห์");
		int year = testAgencies.year();
		List<OitJudgement> seedJudgements = scores.judgements(code, year);
		assertThat(seedJudgements).hasSize(43);
		mongo.remove(Query.query(Criteria.where("agency").is(code)), OitJudgement.class);
		ChatUser staff = newStaff(code, StaffMember.Role.VIEWER, StaffMember.Role.OIT_EDITOR);

		// IIT 83.77 and EIT 73.64 with no OIT judged: 47.22 if all 43 fail, 87.22 if all pass
		staff.says("คะแนน");
		String card = staff.lastText();
		assertThat(card).contains("รวม 47.22 ระดับ -")
			.contains("ยังไม่ครบ: OIT ยังไม่ได้ตรวจ 43/43 ข้อ คะแนนรวมจะอยู่ระหว่าง 47.22 (F) ถึง 87.22 (A)")
			.doesNotContain("ระดับ F");

		staff.says("จุดอ่อน");
		String weak = staff.lastText();
		assertThat(weak).contains("3. รายการที่ต้องทำ: OIT ที่ยังไม่ได้ตรวจ 43 ข้อ (ยังไม่นับเป็นจุดอ่อน)")
			.contains("⬜ o1, o2, o3")
			.doesNotContain("การป้องกันการทุจริต คะแนนร้อยละ 0.00")
			.doesNotContain("การเปิดเผยข้อมูล คะแนนร้อยละ 0.00")
			.doesNotContain("ควรแก้ไขก่อน: o");
		// the seed's guidance under a weak indicator (8. การปรับปรุงการทำงาน, 71.87)
		assertThat(weak).containsSubsequence("การปรับปรุงการทำงาน คะแนนร้อยละ 71.87",
				"ประเด็นที่ต้องแก้ไข/ปรับปรุง: หน่วยงานต้องสร้างกระบวนการปรึกษาหารือระหว่างผู้บริหารและบุคลากร");

		// dashboard and report say the same: incomplete, with its range, and the unjudged items grey
		JsonNode d = http.json(base(code) + "/dashboard.json");
		assertThat(d.get("level").isNull()).isTrue();
		assertThat(d.get("incomplete").get("unjudged").asInt()).isEqualTo(43);
		assertThat(d.get("incomplete").get("low").decimalValue()).isEqualByComparingTo("47.22");
		assertThat(d.get("incomplete").get("high").decimalValue()).isEqualByComparingTo("87.22");
		assertThat(d.get("incomplete").get("highLevel").asText()).isEqualTo("A");
		String html = http.text(base(code) + "/report.html");
		assertThat(html).contains("<span class=\"big\" id=\"level\">-</span>")
			.contains("ยังไม่ครบ: OIT ยังไม่ได้ตรวจ 43 จาก 43 ข้อ คะแนนรวมจะอยู่ระหว่าง 47.22 (ระดับ F) ถึง 87.22 (ระดับ A)")
			.contains("<td class=\"todo\">ยังไม่ตรวจ</td>")
			.doesNotContain("ไม่ผ่าน (ยังไม่ตรวจ)")
			.doesNotContain("class=\"fail\">ยังไม่ตรวจ");

		// an item in the chat: the option best for the score first, in the good colour
		staff.says("ข้อ e4");
		List<String> shown = FlexReply.texts(staff.lastReply());
		assertThat(shown).contains("ไม่มี", "มี");
		assertThat(shown.indexOf("ไม่มี")).isLessThan(shown.indexOf("มี"));
		assertThat(staff.lastReply().get(0).path("contents").findValuesAsText("color")).contains(ScoreReading.BEST);

		// judging all 43 as the seed did gives the seed's result
		OitJudgement last = seedJudgements.stream().filter(j -> j.item().equals("o43")).findFirst().orElseThrow();
		seedJudgements.stream().filter(j -> j != last).forEach(j -> scores.judge(code, year, j.item(), j.pass(), j.url()));
		staff.says("OIT o43 " + (last.pass() ? "ผ่าน " + last.url() : "ไม่ผ่าน"));
		assertThat(staff.lastText()).contains("คะแนนรวม 74.62 ระดับ C").doesNotContain("ยังไม่ครบ");
		staff.says("คะแนน");
		assertThat(staff.lastText()).contains("รวม 74.62 ระดับ C").doesNotContain("ยังไม่ครบ");
	}

	@Test
	void theSeedsGuidanceForAWeakIndicatorIsInTheXlsxAnalysisSheetAndTheDashboard() throws Exception {
		String seed = seed();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(http.bytes(base(seed) + "/report.xlsx")))) {
			List<String> lines = texts(book.getSheet(XlsxReport.ANALYSIS));
			// indicator 10 (50.00) opens the urgent list; the seed's guidance for it on the row below
			int at = indexStarting(lines, "10. การป้องกันการทุจริต");
			assertThat(lines.get(at + 1)).startsWith("ประเด็นที่ต้องแก้ไข/ปรับปรุง: หน่วยงานต้องจัดประชุมเตรียมความพร้อมเข้ารับการประเมิน ITA")
				.contains("แนวทางการปฏิบัติตามมาตรการภายใน"); // the seed's OCR slip "มาตรฐานการภายใน" fixed
		}
		JsonNode d = http.json(base(seed) + "/dashboard.json");
		JsonNode ten = d.get("indicators").get(9);
		assertThat(ten.get("guidance").asText()).startsWith("หน่วยงานต้องจัดประชุมเตรียมความพร้อม");
		// above the pass mark: no guidance
		assertThat(d.get("indicators").get(0).get("guidance").asText()).isEmpty();
	}

	@Test
	void aPreviousYearsImportedFiguresShowTheChangePerIndicator() throws Exception {
		String code = newSeedAgency("CMP", "หน่วยงานทดสอบการเทียบปีก่อน");
		int year = testAgencies.year();
		ChatUser staff = newStaff(code, StaffMember.Role.VIEWER, StaffMember.Role.OIT_EDITOR);
		staff.says("คะแนน");
		assertThat(staff.lastText()).doesNotContain("เทียบปี");

		lastYear.save(new PreviousScores(PreviousScores.id(code, year - 1), code, year - 1,
				Map.of("1", new BigDecimal("80.00"), "10", new BigDecimal("62.50")), new BigDecimal("70.10"), "C",
				PreviousScores.Source.IMPORTED));
		staff.says("คะแนน");
		// 89.28 now against 80.00, 50.00 against 62.50
		assertThat(staff.lastText()).contains("เทียบปี " + (year - 1) + " 1:+9.28 10:−12.50");
		JsonNode d = http.json(base(code) + "/dashboard.json");
		assertThat(d.get("previousYear").asInt()).isEqualTo(year - 1);
		assertThat(d.get("indicators").get(0).get("change").decimalValue()).isEqualByComparingTo("9.28");
		assertThat(d.get("indicators").get(1).get("change").isNull()).isTrue();
		String html = http.text(base(code) + "/report.html");
		assertThat(html).contains("id=\"change-1\">+9.28</td>").contains("id=\"change-10\">−12.50</td>")
			.contains("เทียบกับปีงบประมาณ " + (year - 1) + " (จากรายงานผลปีนั้น): คะแนนรวม 70.10 ระดับ C");
	}

	static List<String> texts(Sheet sheet) {
		List<String> lines = new ArrayList<>();
		for (Row row : sheet) {
			StringBuilder sb = new StringBuilder();
			for (Cell c : row) {
				if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && !c.getStringCellValue().isBlank()) {
					sb.append(sb.length() == 0 ? "" : " | ").append(c.getStringCellValue().strip());
				}
			}
			lines.add(sb.toString());
		}
		return lines;
	}

	static int indexStarting(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			String[] cells = lines.get(i).split(" \\| ");
			for (String c : cells) {
				if (c.startsWith(text)) {
					return i;
				}
			}
		}
		throw new AssertionError("no line with " + text + " in " + lines);
	}
}
