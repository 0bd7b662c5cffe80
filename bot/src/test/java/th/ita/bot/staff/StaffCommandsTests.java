package th.ita.bot.staff;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import th.ita.bot.staff.StaffCommands.Parsed;
import th.ita.scoring.Tool;
import th.ita.survey.staff.StaffCommand;

import static org.assertj.core.api.Assertions.assertThat;

class StaffCommandsTests {

	static StaffCommand command(String text) {
		Parsed parsed = StaffCommands.parse(text);
		assertThat(parsed).as(text).isInstanceOf(Parsed.Command.class);
		return ((Parsed.Command) parsed).command();
	}

	@Test
	void thaiWordsAndEnglishAliasesGiveTheSameCommand() {
		assertThat(command("คะแนน")).isEqualTo(new StaffCommand.Score(null));
		assertThat(command("score")).isEqualTo(new StaffCommand.Score(null));
		assertThat(command("ตัวชี้วัด 4")).isEqualTo(new StaffCommand.ShowIndicator("4", null));
		assertThat(command("indicator 4")).isEqualTo(new StaffCommand.ShowIndicator("4", null));
		assertThat(command("ข้อ i18")).isEqualTo(new StaffCommand.ShowItem("i18", null));
		assertThat(command("ITEM I3.2")).isEqualTo(new StaffCommand.ShowItem("i3.2", null));
		assertThat(command("จุดอ่อน")).isEqualTo(new StaffCommand.Weaknesses(null));
		assertThat(command("weak")).isEqualTo(new StaffCommand.Weaknesses(null));
		assertThat(command("OIT")).isEqualTo(new StaffCommand.ListOit(null));
		assertThat(command("oit")).isEqualTo(new StaffCommand.ListOit(null));
	}

	@Test
	void anAgencyCodeMayEndACommand() {
		assertThat(command("คะแนน PKT")).isEqualTo(new StaffCommand.Score("PKT"));
		assertThat(command("score pkt")).isEqualTo(new StaffCommand.Score("pkt"));
		assertThat(command("ตัวชี้วัด 10 PKT")).isEqualTo(new StaffCommand.ShowIndicator("10", "PKT"));
		assertThat(command("ข้อ e5 PKT")).isEqualTo(new StaffCommand.ShowItem("e5", "PKT"));
		assertThat(command("OIT PKT")).isEqualTo(new StaffCommand.ListOit("PKT"));
		assertThat(command("OIT o30 ผ่าน https://x.go.th/a PKT"))
			.isEqualTo(new StaffCommand.JudgeOit("o30", true, "https://x.go.th/a", "PKT"));
	}

	@Test
	void oitJudgementsWithAndWithoutEvidence() {
		assertThat(command("OIT o30 ผ่าน https://www.phuket.go.th/ita/o30"))
			.isEqualTo(new StaffCommand.JudgeOit("o30", true, "https://www.phuket.go.th/ita/o30", null));
		assertThat(command("OIT O7 ไม่ผ่าน")).isEqualTo(new StaffCommand.JudgeOit("o7", false, null, null));
		assertThat(command("oit o7 fail")).isEqualTo(new StaffCommand.JudgeOit("o7", false, null, null));
		assertThat(command("oit o7 PASS http://a.b/c")).isEqualTo(new StaffCommand.JudgeOit("o7", true, "http://a.b/c", null));
	}

	@Test
	void populationSettingsAcceptThousandsSeparatorsAndThaiDigits() {
		assertThat(command("ตั้งค่า บุคลากร 120")).isEqualTo(new StaffCommand.SetPopulation(Tool.IIT, 120, null));
		assertThat(command("ตั้งค่า ผู้รับบริการ 5,000")).isEqualTo(new StaffCommand.SetPopulation(Tool.EIT, 5000, null));
		assertThat(command("set headcount ๑๒๐")).isEqualTo(new StaffCommand.SetPopulation(Tool.IIT, 120, null));
		assertThat(command("set users 5000 PKT")).isEqualTo(new StaffCommand.SetPopulation(Tool.EIT, 5000, "PKT"));
	}

	@Test
	void aFiscalYearAndOtherInstrumentsIdsAreUnderstood() {
		assertThat(command("คะแนน 2568")).isEqualTo(new StaffCommand.Score(null, 2568));
		assertThat(command("คะแนน ๒๕๖๘ PKT")).isEqualTo(new StaffCommand.Score("PKT", 2568));
		assertThat(command("score PKT 2568")).isEqualTo(new StaffCommand.Score("PKT", 2568));
		assertThat(StaffCommands.parse("คะแนน 2568 2569")).isEqualTo(new Parsed.Malformed("คะแนน"));
		// ids as the 2570 test instrument writes them
		assertThat(command("ตัวชี้วัด eit-2")).isEqualTo(new StaffCommand.ShowIndicator("EIT-2", null));
		assertThat(command("ตัวชี้วัด OIT-1 PKT")).isEqualTo(new StaffCommand.ShowIndicator("OIT-1", "PKT"));
		assertThat(command("ข้อ t6.1")).isEqualTo(new StaffCommand.ShowItem("t6.1", null));
		assertThat(command("OIT p20 ไม่ผ่าน")).isEqualTo(new StaffCommand.JudgeOit("p20", false, null, null));
		assertThat(command("OIT p3 ผ่าน https://x.go.th/p3 PKT"))
			.isEqualTo(new StaffCommand.JudgeOit("p3", true, "https://x.go.th/p3", "PKT"));
	}

	@Test
	void registrationTakesTheCodeHoweverItIsSpaced() {
		assertThat(command("ลงทะเบียน ABCD-EFGH")).isEqualTo(new StaffCommand.Register("ABCD-EFGH"));
		assertThat(command("register abcd efgh")).isEqualTo(new StaffCommand.Register("abcdefgh"));
	}

	@Nested
	class NotCommands {

		@Test
		void freeTextIsLeftToOtherFeatures() {
			assertThat(StaffCommands.parse("สวัสดีครับ")).isInstanceOf(Parsed.NotStaff.class);
			assertThat(StaffCommands.parse("EIT PKT")).isInstanceOf(Parsed.NotStaff.class);
			assertThat(StaffCommands.parse("")).isInstanceOf(Parsed.NotStaff.class);
		}

		@Test
		void aStaffWordWithWrongArgumentsIsMalformed() {
			assertThat(StaffCommands.parse("ข้อ 5 ตอบผิดครับ")).isEqualTo(new Parsed.Malformed("ข้อ"));
			assertThat(StaffCommands.parse("คะแนน ดีมาก")).isEqualTo(new Parsed.Malformed("คะแนน"));
			assertThat(StaffCommands.parse("ตัวชี้วัด")).isEqualTo(new Parsed.Malformed("ตัวชี้วัด"));
			assertThat(StaffCommands.parse("OIT o30")).isEqualTo(new Parsed.Malformed("OIT"));
			assertThat(StaffCommands.parse("OIT o30 บางส่วน")).isEqualTo(new Parsed.Malformed("OIT"));
			assertThat(StaffCommands.parse("ตั้งค่า บุคลากร หลายคน")).isEqualTo(new Parsed.Malformed("ตั้งค่า"));
			assertThat(StaffCommands.parse("set headcount 9999999999")).isEqualTo(new Parsed.Malformed("SET"));
		}
	}
}
