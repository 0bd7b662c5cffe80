package th.ita.bot.report;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import th.ita.bot.support.BotIntegrationTest;
import th.ita.bot.support.ChatUser;
import th.ita.bot.support.TestAgencies;
import th.ita.scoring.Tool;
import th.ita.survey.staff.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Staff ask the chat for the report and download the XLSX through the signed link it gives. */
class ReportDownloadIntegrationTests extends BotIntegrationTest {

	static final Pattern XLSX_LINK = Pattern.compile("(https?://\\S+/reports/\\S+/report\\.xlsx)");

	static final Pattern HTML_LINK = Pattern.compile("(https?://\\S+/reports/\\S+/report\\.html)");

	/** This class's agency with the seed's answers. */
	String seed;

	@Autowired
	ReportLinks links;

	@BeforeEach
	void seed() {
		seed = testAgencies.seeded("RPTDL");
	}

	static String link(String text, Pattern pattern) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find()).as("link in: " + text).isTrue();
		return m.group(1);
	}

	static List<Object> row(Sheet sheet, String firstCell) {
		for (Row row : sheet) {
			Cell c = row.getCell(0);
			if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstCell)) {
				List<Object> values = new ArrayList<>();
				for (Cell cell : row) {
					values.add(cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : cell.getStringCellValue());
				}
				return values;
			}
		}
		throw new AssertionError("no row " + firstCell + " in sheet " + sheet.getSheetName());
	}

	static List<Object> rowWith(Sheet sheet, int column, String value) {
		for (Row row : sheet) {
			Cell c = row.getCell(column);
			if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(value)) {
				List<Object> values = new ArrayList<>();
				for (Cell cell : row) {
					values.add(cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : cell.getStringCellValue());
				}
				return values;
			}
		}
		throw new AssertionError("no row with " + value + " in sheet " + sheet.getSheetName());
	}

	@Test
	void staffDownloadTheSeedAgencysReportAsXlsxFromTheChatLink() throws Exception {
		ChatUser staff = newStaff(seed, StaffMember.Role.VIEWER);
		staff.says("รายงาน");
		String url = link(staff.lastText(), XLSX_LINK);
		assertThat(staff.lastText()).contains("ลิงก์ใช้ได้ถึง").contains("/report.html");

		HttpResponse<byte[]> response = http.getBytes(url);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				t -> assertThat(t).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo(XlsxReport.SUMMARY);
			assertThat(List.of(book.getSheetName(1), book.getSheetName(2), book.getSheetName(3), book.getSheetName(4)))
				.containsExactly("IIT", "EIT", "OIT", XlsxReport.ANALYSIS);

			Sheet summary = book.getSheet(XlsxReport.SUMMARY);
			assertThat(rowWith(summary, 0, "แบบ")).containsExactly("แบบ", "น้ำหนัก", "ตัวชี้วัด", "คะแนน");
			assertThat((double) rowWith(summary, 2, "คะแนนรวม").get(1)).isCloseTo(74.62, within(0.01));
			assertThat(rowWith(summary, 2, "ระดับผลการประเมิน").get(1)).isEqualTo("C");
			List<Object> first = rowWith(summary, 2, "1. การปฏิบัติหน้าที่");
			assertThat((String) first.get(0)).startsWith("IIT (คะแนนเฉลี่ย 83.77)");
			assertThat(first.get(1)).isEqualTo("30%");
			assertThat((double) first.get(3)).isCloseTo(89.28, within(0.01));

			List<Object> i11 = row(book.getSheet("IIT"), "i1.1");
			assertThat((String) i11.get(1)).startsWith("- ");
			assertThat((double) i11.get(2)).isCloseTo(11.22, within(0.01));
			assertThat((double) i11.get(3)).isCloseTo(0.51, within(0.01));
			assertThat((double) i11.get(4)).isCloseTo(39.54, within(0.01));
			assertThat((double) i11.get(5)).isCloseTo(48.72, within(0.01));
			assertThat((double) i11.get(6)).isCloseTo(75.39, within(0.01));
			assertThat((double) i11.get(7)).isEqualTo(392.0);
			// the question row comes before its sub-items, as in the seed's tables
			assertThat(row(book.getSheet("IIT"), "i1").get(1)).isEqualTo(TestAgencies.SEED_INSTRUMENT.form(Tool.IIT)
				.questionsById().get("i1").text());

			List<Object> o1 = row(book.getSheet("OIT"), "o1");
			assertThat(o1.get(2)).isEqualTo("ผ่าน");
			assertThat(o1.get(4)).isEqualTo("https://www.phuket.go.th/");
			assertThat(book.getSheet("OIT").getRow(findRow(book.getSheet("OIT"), "o1")).getCell(4).getHyperlink().getAddress())
				.isEqualTo("https://www.phuket.go.th/");

			Sheet analysis = book.getSheet(XlsxReport.ANALYSIS);
			// weakest first: indicator 10 (50.00) opens the urgent list, as in the seed's analysis
			List<Object> firstUrgent = rowWith(analysis, 0, "1.1");
			assertThat((String) firstUrgent.get(1)).startsWith("10.");
			assertThat((double) firstUrgent.get(2)).isCloseTo(50.00, within(0.01));
		}
	}

	@Test
	void thePrintablePageShowsTheSameFiguresInThaiFonts() {
		ChatUser staff = newStaff(seed, StaffMember.Role.VIEWER);
		staff.says("รายงาน");
		String html = http.text(link(staff.lastText(), HTML_LINK));
		assertThat(html).contains("font-family: \"Sarabun\", \"TH Sarabun New\", \"Noto Sans Thai\", sans-serif")
			.contains("@media print")
			.contains("<span class=\"big\" id=\"total\">74.62</span>")
			.contains("<span class=\"big\" id=\"level\">C</span>")
			.contains("หน่วยงานทดสอบรายงาน");
		String i11 = html.substring(html.indexOf("<tr id=\"item-i1.1\">"));
		i11 = i11.substring(0, i11.indexOf("</tr>"));
		assertThat(i11).contains("11.22%").contains("0.51%").contains("39.54%").contains("48.72%").contains("75.39");
		assertThat(html).contains("href=\"https://www.phuket.go.th/\"").contains("href=\"report.xlsx\"");
	}

	static int findRow(Sheet sheet, String firstCell) {
		for (Row row : sheet) {
			Cell c = row.getCell(0);
			if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(firstCell)) {
				return row.getRowNum();
			}
		}
		throw new AssertionError(firstCell);
	}

	@Test
	void expiredOrTamperedLinksAreRefused() {
		String few = testAgencies.withTooFewRespondents();
		String expired = links.token(seed, clock.instant().minusSeconds(1).getEpochSecond());
		assertThat(http.status("/reports/" + expired + "/report.xlsx")).isEqualTo(403);
		String valid = links.issue(seed).token();
		assertThat(http.status("/reports/" + valid + "/report.xlsx")).isEqualTo(200);
		String otherAgency = valid.replaceFirst("^" + seed, few);
		assertThat(http.status("/reports/" + otherAgency + "/report.xlsx")).isEqualTo(403);
		String later = valid.replaceFirst("\\.(\\d+)\\.", "." + (clock.instant().getEpochSecond() + 86_400) + ".");
		assertThat(http.status("/reports/" + later + "/report.xlsx")).isEqualTo(403);
		// an agency's link does not open another agency's report
		assertThat(http.status("/reports/" + valid + "/report.xlsx?agency=" + few)).isEqualTo(403);
	}

	@Test
	void peopleWhoAreNotStaffGetNoLink() {
		ChatUser citizen = newPerson();
		citizen.says("report " + seed);
		assertThat(citizen.lastText()).contains("สำหรับเจ้าหน้าที่").doesNotContain("/reports/");
		ChatUser otherStaff = newStaff(testAgencies.withTooFewRespondents(), StaffMember.Role.VIEWER);
		otherStaff.says("report " + seed);
		assertThat(otherStaff.lastText()).contains("เฉพาะหน่วยงานของท่าน").doesNotContain("/reports/");
	}

	@Test
	void formsWithTooFewRespondentsAreNotShown() throws Exception {
		ChatUser staff = newStaff(testAgencies.withTooFewRespondents(), StaffMember.Role.VIEWER);
		staff.says("report");
		assertThat(staff.lastText()).contains("ไม่แสดงผล IIT").contains("น้อยกว่า 5 คน");
		byte[] xlsx = http.bytes(link(staff.lastText(), XLSX_LINK));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(rowWith(book.getSheet(XlsxReport.SUMMARY), 2, "คะแนนรวม").get(1)).isEqualTo("-");
			assertThat(book.getSheet("EIT").getRow(4).getCell(0).getStringCellValue()).startsWith("ไม่แสดงผล EIT");
		}
	}

	@Test
	void provinceAdminOpensAnyAgencysReport() {
		ChatUser admin = newStaff("PKT", StaffMember.Role.PROVINCE_ADMIN);
		admin.says("report " + seed);
		assertThat(http.status(link(admin.lastText(), XLSX_LINK))).isEqualTo(200);
	}
}
