package th.ita.bot.staff;

import java.util.Set;
import java.util.stream.Collectors;

import th.ita.bot.line.ThaiDates;
import th.ita.survey.staff.AdminReply;
import th.ita.survey.staff.StaffMember.Role;
import th.ita.survey.staff.StaffRegistration;

/** Admin answers as Thai confirmations that say exactly what changed and how to undo it. */
final class AdminMessages {

	private AdminMessages() {
	}

	/** The text of a reply; a display screen's link is added by the caller (it knows the address). */
	static String text(AdminReply reply) {
		if (reply instanceof AdminReply.NotStaff) {
			return "คำสั่งนี้สำหรับผู้ดูแลที่ลงทะเบียนแล้วเท่านั้น";
		}
		if (reply instanceof AdminReply.NotAllowed n) {
			return n.needed() == Role.PROVINCE_ADMIN ? "ขออภัย คำสั่งนี้สำหรับผู้ดูแลระดับจังหวัดเท่านั้น"
					: "ขออภัย ท่านไม่ใช่ผู้ดูแลของหน่วยงาน " + n.agency();
		}
		if (reply instanceof AdminReply.UnknownAgency u) {
			return "ไม่พบหน่วยงานรหัส " + u.code() + " (ผู้ดูแลระดับจังหวัดเพิ่มได้ด้วย: เพิ่มหน่วยงาน รหัส ชื่อ)";
		}
		if (reply instanceof AdminReply.BadValue b) {
			return switch (b.what()) {
				case "iit-code" -> "รหัส IIT ต้องเป็นตัวอักษรอังกฤษหรือตัวเลข 4–30 ตัว เช่น รหัส IIT PKT2570";
				case "agency" -> "รูปแบบ: เพิ่มหน่วยงาน รหัส ชื่อหน่วยงาน (รหัสเป็นอักษรอังกฤษ/ตัวเลข 2–20 ตัว เริ่มด้วยตัวอักษร)";
				default -> "ชื่อต้องไม่ว่างและยาวไม่เกิน 120 ตัวอักษร";
			};
		}
		if (reply instanceof AdminReply.CodeIssued c) {
			StaffRegistration.IssuedCode code = c.code();
			return "ออกรหัสลงทะเบียนแล้ว ✅\nหน่วยงาน: " + c.agency().name() + " (" + c.agency().code() + ")\nสิทธิ์: "
					+ roles(code.roles()) + "\nใช้ได้ครั้งเดียว ถึง " + ThaiDates.format(code.expiresAt())
					+ "\n\nส่งต่อข้อความถัดไปให้เจ้าหน้าที่ผู้นั้นคนเดียว แล้วให้ส่งข้อความนั้นถึงบอทนี้\nยกเลิกได้ด้วย: ยกเลิกรหัส " + code.code();
		}
		if (reply instanceof AdminReply.Codes c) {
			if (c.codes().isEmpty()) {
				return "ไม่มีรหัสลงทะเบียนที่รอใช้ของ " + c.agency();
			}
			return "รหัสที่ออกแล้วและยังไม่ถูกใช้ · " + c.agency() + "\n" + c.codes().stream()
				.map(p -> "• " + p.ref() + " · " + roles(p.roles()) + " · หมดอายุ " + ThaiDates.format(p.expiresAt()))
				.collect(Collectors.joining("\n")) + "\n\nยกเลิก: ยกเลิกรหัส รหัสย่อ (เช่น ยกเลิกรหัส " + c.codes().get(0).ref() + ")";
		}
		if (reply instanceof AdminReply.CodeRevoked r) {
			return "ยกเลิกรหัสลงทะเบียนของ " + r.agency() + " แล้ว ✅ รหัสนั้นใช้ไม่ได้อีก";
		}
		if (reply instanceof AdminReply.CodeNotFound) {
			return "ไม่พบรหัสนี้ในรหัสที่รอใช้ของหน่วยงานที่ท่านดูแล (อาจถูกใช้หรือหมดอายุแล้ว) ดูรายการ: รหัสที่ออก";
		}
		if (reply instanceof AdminReply.Members m) {
			if (m.members().isEmpty()) {
				return "ยังไม่มีเจ้าหน้าที่ลงทะเบียนใน " + m.agency();
			}
			return "เจ้าหน้าที่ของ " + m.agency() + " " + m.members().size() + " คน (รหัสย่อ · สิทธิ์ · วันลงทะเบียน)\n"
					+ m.members().stream()
						.map(s -> "• " + s.shortId() + (s.id().equals(m.self()) ? " (ท่าน)" : "") + " · " + roles(s.roles()) + " · "
								+ ThaiDates.format(s.registeredOn()))
						.collect(Collectors.joining("\n"))
					+ "\n\nเปลี่ยนสิทธิ์: สิทธิ์ รหัสย่อ ดูผล OIT ร้องเรียน ผู้ดูแล\nลบออก: ถอนสิทธิ์ รหัสย่อ";
		}
		if (reply instanceof AdminReply.RolesSet r) {
			return "เปลี่ยนสิทธิ์ของ " + r.member().shortId() + " (" + r.member().agency() + ") แล้ว ✅\nเดิม: " + roles(r.before())
					+ "\nใหม่: " + roles(r.member().roles()) + "\nมีผลทันที";
		}
		if (reply instanceof AdminReply.MemberRemoved r) {
			return "ถอนสิทธิ์ " + r.member().shortId() + " (" + r.member().agency() + ") ออกจากระบบแล้ว ✅ มีผลทันที\n"
					+ "หากต้องการให้กลับมา ให้ออกรหัสเจ้าหน้าที่ใหม่";
		}
		if (reply instanceof AdminReply.MemberNotFound n) {
			return "ไม่พบเจ้าหน้าที่รหัสย่อ \"" + th.ita.bot.line.Messages.fit(n.shortId(), 20)
					+ "\" ในหน่วยงานที่ท่านดูแล ดูรายชื่อ: เจ้าหน้าที่";
		}
		if (reply instanceof AdminReply.OwnAdminRole) {
			return "ท่านถอนสิทธิ์ผู้ดูแลของตนเองไม่ได้ กรุณาให้ผู้ดูแลอีกท่านทำแทน";
		}
		if (reply instanceof AdminReply.AgencyAdded a) {
			return "เพิ่มหน่วยงานแล้ว ✅\n" + a.agency().name() + " (" + a.agency().code() + ")\nรหัส IIT เริ่มต้น: "
					+ a.agency().iitAccessCode() + " (เปลี่ยนได้: รหัส IIT รหัสใหม่ " + a.agency().code() + ")"
					+ "\nออกรหัสให้ผู้ดูแลหน่วยงาน: รหัสเจ้าหน้าที่ ผู้ดูแล " + a.agency().code();
		}
		if (reply instanceof AdminReply.AgencyExists a) {
			return "มีหน่วยงานรหัส " + a.agency().code() + " อยู่แล้ว: " + a.agency().name();
		}
		if (reply instanceof AdminReply.AgencyRenamed r) {
			return "เปลี่ยนชื่อหน่วยงาน " + r.agency().code() + " แล้ว ✅\nเดิม: " + r.before() + "\nใหม่: " + r.agency().name();
		}
		if (reply instanceof AdminReply.IitCodeSet s) {
			return "เปลี่ยนรหัส IIT ของ " + s.agency().name() + " (" + s.agency().code() + ") แล้ว ✅ มีผลทันที\nรหัสใหม่: "
					+ s.agency().iitAccessCode() + "\nบุคลากรเริ่มแบบ IIT ได้ด้วย: IIT " + s.agency().code() + " แล้วพิมพ์รหัสนี้"
					+ "\nรหัสเดิมใช้ไม่ได้แล้ว";
		}
		if (reply instanceof AdminReply.ScreenCreated s) {
			return "สร้างจอแสดงผล \"" + s.screen().label() + "\" ของ " + s.agency().code() + " แล้ว ✅ (รหัสย่อ "
					+ s.screen().shortId() + ")\nเปิดลิงก์นี้บนจอในสำนักงาน แดชบอร์ดจะอัปเดตเองถึง " + ThaiDates.format(s.screen().expiresAt())
					+ "\nลิงก์ไม่มีข้อมูลผู้ใช้ ยกเลิกได้ทันทีด้วย: ยกเลิกจอ " + s.screen().shortId();
		}
		if (reply instanceof AdminReply.Screens s) {
			if (s.screens().isEmpty()) {
				return "ยังไม่มีจอแสดงผลของ " + s.agency() + " (สร้าง: จอแสดงผล ชื่อจอ)";
			}
			return "จอแสดงผลของ " + s.agency() + "\n" + s.screens().stream()
				.map(x -> "• " + x.shortId() + " · " + x.label() + " · สร้าง " + ThaiDates.format(x.createdOn()) + " · ถึง " + ThaiDates.format(x.expiresAt()))
				.collect(Collectors.joining("\n")) + "\n\nยกเลิก: ยกเลิกจอ รหัสย่อ";
		}
		if (reply instanceof AdminReply.ScreenRevoked s) {
			return "ยกเลิกจอแสดงผล \"" + s.screen().label() + "\" (" + s.screen().shortId() + ") แล้ว ✅ จอนั้นหยุดแสดงข้อมูลทันที";
		}
		if (reply instanceof AdminReply.ScreenNotFound n) {
			return "ไม่พบจอแสดงผลรหัสย่อ \"" + th.ita.bot.line.Messages.fit(n.shortId(), 20) + "\" ดูรายการ: จอแสดงผลทั้งหมด";
		}
		throw new IllegalArgumentException("no rendering for " + reply);
	}

	static String usage(String word) {
		return "รูปแบบคำสั่ง " + word + " ไม่ถูกต้อง พิมพ์ \"ช่วยเหลือ\" เพื่อดูตัวอย่างคำสั่งผู้ดูแล";
	}

	static String roles(Set<Role> roles) {
		return roles.isEmpty() ? "-" : roles.stream().map(Role::label).collect(Collectors.joining(", "));
	}
}
