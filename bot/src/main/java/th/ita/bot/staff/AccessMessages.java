package th.ita.bot.staff;

import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.survey.staff.StaffMember;
import th.ita.survey.staff.StaffReply;

/**
 * Who may do what: registration with a one-time code and its refusals, and the answers when a
 * person lacks the role, is not staff, or asks about an agency that is not theirs or does not exist.
 */
final class AccessMessages {

	private AccessMessages() {
	}

	static Optional<Message> of(StaffReply reply) {
		if (reply instanceof StaffReply.Registered r) {
			return Optional.of(registered(r));
		}
		if (reply instanceof StaffReply.RegistrationFailed) {
			// the same answer for an unknown, used or expired code, so codes cannot be probed
			return Optional.of(Messages.text("รหัสลงทะเบียนไม่ถูกต้อง ใช้ไปแล้ว หรือหมดอายุครับ กรุณาขอรหัสใหม่จากผู้ดูแลระบบ "
					+ "แล้วพิมพ์ \"ลงทะเบียน รหัส\" (รหัสใช้ได้ครั้งเดียว)"));
		}
		if (reply instanceof StaffReply.TooManyAttempts t) {
			return Optional.of(Messages.text("วันนี้ท่านลองรหัสลงทะเบียนครบ " + t.limit()
					+ " ครั้งแล้ว กรุณาลองใหม่พรุ่งนี้ หรือขอรหัสใหม่จากผู้ดูแลระบบ"));
		}
		if (reply instanceof StaffReply.NotAllowed n) {
			return Optional.of(Messages.text("ขออภัยครับ คำสั่งนี้สำหรับ" + n.needed().label()
					+ " ท่านยังไม่มีสิทธิ์นี้ ขอได้จากผู้ดูแลหน่วยงาน (พิมพ์ \"ช่วยเหลือ\" เพื่อดูคำสั่งที่ท่านใช้ได้)"));
		}
		if (reply instanceof StaffReply.NotStaff) {
			return Optional.of(Messages.text("ขออภัยครับ คำสั่งนี้สำหรับเจ้าหน้าที่ของหน่วยงานที่ลงทะเบียนแล้วเท่านั้น "
					+ "หากท่านเป็นเจ้าหน้าที่ กรุณาขอรหัสลงทะเบียนจากผู้ดูแลระบบ แล้วพิมพ์ \"ลงทะเบียน รหัส\"", MainMenu.actions()));
		}
		if (reply instanceof StaffReply.OtherAgency o) {
			return Optional.of(Messages.text("ขออภัยครับ ท่านดูและแก้ไขข้อมูลได้เฉพาะหน่วยงาน " + o.own()));
		}
		if (reply instanceof StaffReply.UnknownAgency u) {
			return Optional.of(Messages.text("ไม่พบหน่วยงานรหัส " + u.code() + " ครับ"));
		}
		return Optional.empty();
	}

	private static Message registered(StaffReply.Registered r) {
		StaffMember m = r.member();
		String name = r.agency() == null ? m.agency() : r.agency().name() + " (" + m.agency() + ")";
		return Messages.text("ลงทะเบียนเรียบร้อยครับ ท่านเป็นเจ้าหน้าที่ของ" + name + "\nสิทธิ์: " + StaffHelp.roles(m)
				+ "\nพิมพ์ \"ช่วยเหลือ\" เพื่อดูคำสั่งทั้งหมดที่ท่านใช้ได้", StaffMenu.actions(m, m.agency()));
	}
}
