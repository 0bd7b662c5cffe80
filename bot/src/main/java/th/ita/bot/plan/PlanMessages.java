package th.ita.bot.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.ThaiDates;
import th.ita.bot.line.Messages;
import th.ita.scoring.Scheme;
import th.ita.survey.agency.Agency;
import th.ita.survey.plan.FollowUps;
import th.ita.survey.plan.ImprovementPlan;
import th.ita.survey.plan.Measure;

/** The plan's chat replies, in Thai (ท่าน), dates in the Buddhist era. */
final class PlanMessages {

	private PlanMessages() {
	}

	/** The plan commands, at the end of every plan listing. */
	static final String COMMANDS = """
			คำสั่งแผนพัฒนา (สำหรับเจ้าหน้าที่):
			• แผน 3 — รายละเอียดมาตรการที่ 3
			• เพิ่มมาตรการ 10 แล้วขึ้นบรรทัดใหม่: มาตรการ/แนวทาง / วิธีดำเนินการ / ผู้รับผิดชอบ / ระยะเวลา (ไม่ใส่ = ทั้งปีงบประมาณ) บรรทัดละช่อง หรือคั่นด้วย |
			• ความคืบหน้า 3 ข้อความ — รายงานผลการดำเนินงาน
			• ลบมาตรการ 3
			ทุกคำสั่งจะแสดงให้ตรวจก่อน กด "ยืนยัน" จึงบันทึก""";

	static Message usage(String word) {
		return Messages.text("รูปแบบคำสั่งไม่ถูกต้องครับ (" + word + ") ตัวอย่าง:\nเพิ่มมาตรการ 10\nมาตรการเผยแพร่ข้อมูลต่อสาธารณะ\n"
				+ "กำหนดขั้นตอนและผู้รับผิดชอบการเผยแพร่ข้อมูลบนเว็บไซต์\nกลุ่มงานอำนวยการ\n\nหรือ: ความคืบหน้า 1 เผยแพร่แล้ว 12 รายการ"
				+ "\nพิมพ์ \"ช่วยเหลือ\" เพื่อดูคำสั่งทั้งหมด");
	}

	static Message notStaff() {
		return Messages.text("ขออภัยครับ แผนพัฒนาแก้ไขได้เฉพาะเจ้าหน้าที่ของหน่วยงานที่ลงทะเบียนแล้ว "
				+ "กรุณาขอรหัสลงทะเบียนจากผู้ดูแลระบบ แล้วพิมพ์ \"ลงทะเบียน รหัส\"");
	}

	static Message otherAgency(String own) {
		return Messages.text("ขออภัยครับ ท่านดูและแก้ไขแผนได้เฉพาะหน่วยงาน " + own);
	}

	static Message needsRole(th.ita.survey.staff.StaffMember.Role role) {
		return Messages.text("ขออภัยครับ คำสั่งนี้สำหรับ" + role.label() + " กรุณาขอสิทธิ์จากผู้ดูแลหน่วยงาน");
	}

	static Message unknownAgency(String code) {
		return Messages.text("ไม่พบหน่วยงานรหัส " + code + " ครับ");
	}

	static Message unknownIndicator(String id) {
		return Messages.text("ไม่มีตัวชี้วัดที่ " + id + " ครับ (มีตัวชี้วัดที่ 1 ถึง 10)");
	}

	static Message noSuchMeasure(int number) {
		return Messages.text("ไม่พบมาตรการที่ " + number + " ในแผนปีงบประมาณนี้ครับ พิมพ์ \"แผน\" เพื่อดูทั้งหมด",
				List.of(Messages.say("แผน", "แผน")));
	}

	static Message nothingPending() {
		return Messages.text("ไม่มีรายการที่รอยืนยันครับ (รายการที่แสดงให้ตรวจจะรอยืนยัน " + PlanChat.CONFIRM_WITHIN.toMinutes()
				+ " นาที) กรุณาพิมพ์คำสั่งใหม่อีกครั้ง");
	}

	static Message cancelled() {
		return Messages.text("ยกเลิกแล้วครับ ไม่มีการบันทึก", List.of(Messages.say("แผน", "แผน")));
	}

	static Message plan(Scheme scheme, Agency agency, int year, List<Measure> plan, String page, List<String> evidenceItems) {
		StringBuilder sb = new StringBuilder();
		sb.append("แผนพัฒนา ").append(agency.name()).append(" (").append(agency.code()).append(") ปีงบประมาณ ").append(year)
			.append('\n');
		sb.append("ติดตามผล: ").append(dates(year)).append('\n');
		if (plan.isEmpty()) {
			sb.append("\nยังไม่มีมาตรการ\n");
		}
		for (Measure m : plan) {
			sb.append('\n').append(m.number()).append(". [ตัวชี้วัดที่ ").append(m.indicatorId()).append("] ")
				.append(Messages.fit(m.measure(), 80)).append("\n   ผู้รับผิดชอบ: ").append(Messages.fit(m.responsible(), 60))
				.append("\n   ติดตามผล: ").append(progressMarks(m)).append('\n');
		}
		if (page != null) {
			sb.append("\nตารางแผน (เผยแพร่ได้): ").append(page);
			if (!plan.isEmpty() && !evidenceItems.isEmpty()) {
				sb.append("\nใช้เป็นหลักฐาน OIT ได้ เช่น: OIT ").append(evidenceItems.get(0)).append(" ผ่าน ").append(page);
			}
		}
		sb.append("\n\n").append(COMMANDS);
		List<Action> actions = new ArrayList<>();
		actions.add(Messages.say("แผน", "แผน"));
		if (page != null && !plan.isEmpty()) {
			// one tap records the plan page as the evidence of the OIT items that ask for it
			evidenceItems.forEach(item -> actions.add(Messages.say("หลักฐาน OIT " + item, "OIT " + item + " ผ่าน " + page)));
		}
		return Messages.text(sb.toString().strip(), actions);
	}

	static Message measure(Scheme scheme, Measure m) {
		PlanRows.Row r = PlanRows.row(scheme, m);
		return Messages.text("มาตรการที่ " + m.number() + " · ตัวชี้วัด " + r.indicator() + "\nมาตรการ/แนวทาง: " + r.measure()
				+ "\nวิธีดำเนินการ: " + r.method() + "\nผู้รับผิดชอบ: " + r.responsible() + "\nระยะเวลาดำเนินการ: " + r.period()
				+ "\nการติดตามผล: " + r.followUp() + "\n\nรายงานผล: ความคืบหน้า " + m.number() + " ข้อความ",
				List.of(Messages.say("แผน", "แผน")));
	}

	static Message confirmAdd(Scheme scheme, Agency agency, int year, ImprovementPlan.Draft d) {
		String period = d.period() != null ? d.period()
				: ThaiDates.format(FollowUps.start(year)) + " – " + ThaiDates.format(FollowUps.end(year));
		return Messages.text("ตรวจสอบก่อนบันทึกครับ: มาตรการใหม่ของ " + agency.code() + " ปีงบประมาณ " + year
				+ "\nตัวชี้วัด: " + PlanRows.indicator(scheme, d.indicatorId()) + "\nมาตรการ/แนวทาง: " + d.measure()
				+ "\nวิธีดำเนินการ: " + d.method() + "\nผู้รับผิดชอบ: " + d.responsible() + "\nระยะเวลาดำเนินการ: " + period
				+ "\nการติดตามผล: รายงานผล 2 ครั้ง ภายใน " + dates(year)
				+ "\n\nกด \"ยืนยัน\" เพื่อบันทึก ท่านจะได้รับข้อความเตือนก่อนวันติดตามผลแต่ละครั้ง", confirmActions());
	}

	static Message confirmProgress(Measure m, String text, Clock clock) {
		LocalDate due = FollowUps.dueFor(m.fiscalYear(), LocalDate.now(clock.withZone(ZoneId.of("Asia/Bangkok"))));
		return Messages.text("ตรวจสอบก่อนบันทึกครับ: ความคืบหน้ามาตรการที่ " + m.number() + " "
				+ Messages.fit(m.measure(), 60) + "\nสำหรับการติดตามผลภายใน " + ThaiDates.format(due) + "\n" + text
				+ "\n\nกด \"ยืนยัน\" เพื่อบันทึก", confirmActions());
	}

	static Message confirmDelete(Measure m) {
		return Messages.text("ลบมาตรการที่ " + m.number() + " " + Messages.fit(m.measure(), 80)
				+ " และผลการติดตามทั้งหมดของมาตรการนี้ใช่หรือไม่ครับ กด \"ยืนยัน\" เพื่อลบ", confirmActions());
	}

	static Message added(Scheme scheme, Measure m) {
		return Messages.text("บันทึกแล้วครับ: มาตรการที่ " + m.number() + " (ตัวชี้วัด "
				+ PlanRows.indicator(scheme, m.indicatorId()) + ")\nท่านจะได้รับข้อความเตือนก่อนวันติดตามผล " + dates(m.fiscalYear())
				+ "\nรายงานผล: ความคืบหน้า " + m.number() + " ข้อความ", List.of(Messages.say("แผน", "แผน")));
	}

	static Message progressSaved(Scheme scheme, Measure m) {
		Measure.Progress last = m.progress().get(m.progress().size() - 1);
		return Messages.text("บันทึกความคืบหน้าแล้วครับ: มาตรการที่ " + m.number() + " สำหรับการติดตามผลภายใน "
				+ ThaiDates.format(last.due()) + " (รายงานเมื่อ " + ThaiDates.format(last.reportedOn()) + ")\nสถานะ: "
				+ progressMarks(m), List.of(Messages.say("แผน", "แผน"), Messages.say("มาตรการนี้", "แผน " + m.number())));
	}

	static Message deleted(int number) {
		return Messages.text("ลบมาตรการที่ " + number + " แล้วครับ", List.of(Messages.say("แผน", "แผน")));
	}

	/** The reminder pushed to a measure's contact before a follow-up date. */
	static Message reminder(Measure m, LocalDate due) {
		return Messages.text("แจ้งเตือนการติดตามผลแผนพัฒนา (" + m.agency() + " ปีงบประมาณ " + m.fiscalYear()
				+ ")\nกรุณารายงานผลการดำเนินงานของมาตรการที่ " + m.number() + " " + Messages.fit(m.measure(), 80)
				+ "\nภายในวันที่ " + ThaiDates.format(due) + "\nพิมพ์: ความคืบหน้า " + m.number() + " ข้อความ",
				List.of(Messages.say("มาตรการนี้", "แผน " + m.number())));
	}

	private static String dates(int year) {
		List<String> d = new ArrayList<>();
		FollowUps.of(year).forEach(x -> d.add(ThaiDates.format(x)));
		return String.join(" และ ", d);
	}

	/** "ครั้งที่ 1 ✅ · ครั้งที่ 2 ⬜" */
	private static String progressMarks(Measure m) {
		List<String> marks = new ArrayList<>();
		List<LocalDate> dates = FollowUps.of(m.fiscalYear());
		for (int i = 0; i < dates.size(); i++) {
			marks.add("ครั้งที่ " + (i + 1) + (m.reportedFor(dates.get(i)) ? " ✅ รายงานแล้ว" : " ⬜ ยังไม่รายงาน"));
		}
		return String.join(" · ", marks);
	}

	private static List<Action> confirmActions() {
		return List.of(Messages.postback("ยืนยัน", PlanCommands.CONFIRM_DATA, "ยืนยัน"),
				Messages.postback("ยกเลิก", PlanCommands.CANCEL_DATA, "ยกเลิก"));
	}
}
