package th.ita.bot.staff;

import java.util.stream.Collectors;

import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Messages;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffMember.Role;

/** The staff part of "ช่วยเหลือ": every command the person's roles allow, grouped by role; the answer to a command typed wrongly. */
public final class StaffHelp {

	private StaffHelp() {
	}

	/** The roles in Thai, e.g. "ผู้ดูผลคะแนนและรายงาน, ผู้บันทึกผล OIT". */
	public static String roles(StaffMember m) {
		return m.roles().isEmpty() ? "ยังไม่มีสิทธิ์ใด (ขอจากผู้ดูแลหน่วยงาน)"
				: m.roles().stream().map(Role::label).collect(Collectors.joining(", "));
	}

	/** The staff part of "ช่วยเหลือ", with the member's menu under it. */
	static Message message(StaffMember member) {
		return Messages.text(text(member), StaffMenu.actions(member, member.agency()));
	}

	/** The answer to a staff command typed wrongly, e.g. "คะแนน" with two agency codes. */
	static String usage(String word) {
		return "รูปแบบคำสั่งไม่ถูกต้องครับ (" + word + ") พิมพ์ \"ช่วยเหลือ\" เพื่อดูคำสั่งสำหรับเจ้าหน้าที่";
	}

	public static String text(StaffMember m) {
		String own = m.agency();
		StringBuilder sb = new StringBuilder("คำสั่งสำหรับเจ้าหน้าที่ ").append(own).append('\n');
		sb.append("สิทธิ์ของท่าน: ").append(roles(m)).append('\n');
		if (m.may(Role.VIEWER, own)) {
			sb.append("""

					📊 ผลคะแนนและรายงาน
					• คะแนน — คะแนนรวม ระดับ IIT/EIT/OIT จำนวนผู้ตอบ และทุกตัวชี้วัด (score); คะแนน 2568 — ผลของปีงบประมาณนั้น
					• ตัวชี้วัด N — คะแนนรายข้อของตัวชี้วัดที่ N (indicator N)
					• ข้อ i18 — สัดส่วนคำตอบและคะแนนของข้อนั้น (item i18)
					• จุดอ่อน — ประเด็นที่ต้องแก้ไขเร่งด่วนและข้อที่ควรแก้ก่อน (weak)
					• OIT — สถานะ OIT ทุกข้อ
					• รายงาน — ลิงก์ไฟล์ Excel และหน้าพิมพ์ (report)
					• แดชบอร์ด — ลิงก์แดชบอร์ดที่อัปเดตเอง ใช้ได้ 15 นาที (dashboard)
					• สถิติร้องเรียน [ปี พ.ศ.] — จำนวนเรื่องร้องเรียนตามประเภทและสถานะ
					""");
		}
		if (m.may(Role.OIT_EDITOR, own)) {
			sb.append("""

					✅ บันทึกผล OIT
					• OIT o30 ผ่าน ลิงก์หลักฐาน / OIT o30 ไม่ผ่าน (oit o30 pass|fail URL)
					""");
		}
		if (m.may(Role.COMPLAINT_OFFICER, own)) {
			sb.append("""

					📨 เรื่องร้องเรียนและความคิดเห็น
					• เรื่องร้องเรียน [ทั้งหมด] — เรื่องใหม่ (หรือทุกเรื่องที่ยังไม่ยุติ)
					• เรื่อง C2569-0042 — เปิดอ่านเรื่อง
					• สถานะ C2569-0042 กำลังตรวจสอบ — เปลี่ยนสถานะ
					• ยุติ C2569-0042 เหตุผล / ไม่รับเรื่อง C2569-0042 เหตุผล — ต้องมีเหตุผล ผู้ร้องเรียนเห็นเหตุผลเมื่อติดตามเรื่อง
					• ตอบ C2569-0042 ข้อความ — ตอบผู้ร้องเรียน (อ่านได้ด้วยรหัสติดตาม)
					• ความคิดเห็นทั้งหมด — ความคิดเห็นและข้อเสนอแนะล่าสุด (opinions)
					""");
		}
		if (m.may(Role.AGENCY_ADMIN, own)) {
			sb.append("""

					🛠 ผู้ดูแลหน่วยงาน
					• รหัสเจ้าหน้าที่ [ดูผล OIT ร้องเรียน ผู้ดูแล] — ออกรหัสลงทะเบียนใช้ครั้งเดียว (ค่าเริ่มต้น: ดูผล)
					• รหัสที่ออก / ยกเลิกรหัส รหัส — รหัสที่ยังไม่ถูกใช้ และยกเลิก
					• เจ้าหน้าที่ — รายชื่อเจ้าหน้าที่ (รหัสย่อ) และสิทธิ์
					• สิทธิ์ รหัสย่อ ดูผล OIT … — กำหนดสิทธิ์ใหม่ทั้งชุด / ถอนสิทธิ์ รหัสย่อ — ลบออกจากระบบ
					• ชื่อหน่วยงาน ชื่อใหม่ / รหัส IIT รหัสใหม่ — มีผลทันที
					• ตั้งค่า บุคลากร 120 / ตั้งค่า ผู้รับบริการ 5000 — ขนาดตัวอย่างขั้นต่ำ
					• จอแสดงผล [ชื่อจอ] — ลิงก์แดชบอร์ดระยะยาวสำหรับจอในสำนักงาน (1 ปี)
					• จอแสดงผลทั้งหมด / ยกเลิกจอ รหัสย่อ — ดูและยกเลิก (มีผลทันที)
					""");
		}
		if (m.provinceAdmin()) {
			sb.append("""

					🏛 ผู้ดูแลระดับจังหวัด (ทุกหน่วยงาน)
					• เพิ่มหน่วยงาน รหัส ชื่อหน่วยงาน — เช่น เพิ่มหน่วยงาน HRD สำนักงานสาธารณสุขจังหวัดภูเก็ต
					• เติมรหัสหน่วยงานท้ายคำสั่ง เพื่อทำกับหน่วยงานอื่น เช่น คะแนน HRD, รหัสเจ้าหน้าที่ ผู้ดูแล HRD
					""");
		}
		sb.append("\nผลของแต่ละแบบจะแสดงเมื่อมีผู้ตอบครบจำนวนขั้นต่ำ เพื่อไม่ให้ระบุตัวผู้ตอบได้");
		return sb.toString();
	}
}
