package th.ita.bot.staff;

import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Messages;
import th.ita.scoring.Figures;
import th.ita.scoring.Tool;
import th.ita.survey.staff.StaffReply;

/** "ตั้งค่า บุคลากร N" and "ตั้งค่า ผู้รับบริการ N": the population saved with the minimum sample it sets, or the allowed range. */
final class PopulationMessages {

	private PopulationMessages() {
	}

	static Optional<Message> of(StaffReply reply) {
		if (reply instanceof StaffReply.PopulationSet p) {
			String what = p.tool() == Tool.IIT ? "จำนวนบุคลากร (ประชากรของ IIT)" : "จำนวนผู้รับบริการต่อปี (ประชากรของ EIT)";
			return Optional.of(Messages.text("บันทึกแล้ว: " + what + " ของ " + p.agency().code() + " = " + Figures.count(p.size())
					+ " คน\n" + "ขนาดตัวอย่างขั้นต่ำของ " + p.tool() + ": " + p.required()
					+ " คน (แสดงเทียบกับจำนวนผู้ตอบในคำสั่ง คะแนน)", StaffMenu.figures(p.agency().code())));
		}
		if (reply instanceof StaffReply.BadPopulation b) {
			return Optional.of(Messages.text("จำนวนต้องอยู่ระหว่าง 1 ถึง " + Figures.count(b.max()) + " คนครับ"));
		}
		return Optional.empty();
	}
}
