package th.ita.bot.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandsTests {

	@Test
	void aMeasureTakesItsFieldsFromTheFollowingLinesOrBars() {
		var lines = (PlanCommands.Add) PlanCommands.parse("เพิ่มมาตรการ ๑๐\nมาตรการ\nวิธี\nผู้รับผิดชอบ");
		assertThat(lines.indicatorId()).isEqualTo("10");
		assertThat(lines.fields()).containsExactly("มาตรการ", "วิธี", "ผู้รับผิดชอบ");
		var bars = (PlanCommands.Add) PlanCommands.parse("เพิ่มมาตรการ PKT 3 | ก | ข | ค | ต.ค. 2569 – มี.ค. 2570");
		assertThat(bars.agency()).isEqualTo("PKT");
		assertThat(bars.fields()).hasSize(4).last().isEqualTo("ต.ค. 2569 – มี.ค. 2570");
	}

	@Test
	void progressKeepsItsTextAndThaiDigitsInIt() {
		var p = (PlanCommands.Progress) PlanCommands.parse("ความคืบหน้า 2 จัดอบรมแล้ว ๓ ครั้ง");
		assertThat(p.number()).isEqualTo(2);
		assertThat(p.text()).isEqualTo("จัดอบรมแล้ว ๓ ครั้ง");
	}

	@Test
	void wrongArgumentsAreMalformedAndOtherTextIsNotOurs() {
		assertThat(PlanCommands.parse("เพิ่มมาตรการ 10\nมาตรการเท่านั้น")).isInstanceOf(PlanCommands.Malformed.class);
		assertThat(PlanCommands.parse("ความคืบหน้า 2")).isInstanceOf(PlanCommands.Malformed.class);
		assertThat(PlanCommands.parse("แผน ไม่รู้")).isInstanceOf(PlanCommands.Malformed.class);
		assertThat(PlanCommands.parse("แผนการเดินทาง")).isInstanceOf(PlanCommands.NotPlan.class);
		assertThat(PlanCommands.parse("ยืนยัน ตัวตน")).isInstanceOf(PlanCommands.NotPlan.class);
		assertThat(PlanCommands.parse("")).isInstanceOf(PlanCommands.NotPlan.class);
	}
}
