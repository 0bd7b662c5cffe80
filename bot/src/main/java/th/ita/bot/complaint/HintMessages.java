package th.ita.bot.complaint;

import java.util.ArrayList;
import java.util.List;

import th.ita.bot.complaint.ComplaintMessages.Out;
import th.ita.bot.line.MainMenu;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.ComplaintStep;
import th.ita.survey.complaint.ComplaintStep.Reason;
import th.ita.survey.complaint.PhotoQuota;

/**
 * Why the last message changed nothing (or that an unfinished complaint is resumed), put in front
 * of the step's own prompt so the person sees at once what to do next.
 */
final class HintMessages {

	private HintMessages() {
	}

	static List<Out> outs(ComplaintStep.Hint hint) {
		String why = reason(hint.reason());
		if (hint.prompt() == null) {
			return List.of(new Out(why, MainMenu.actions()));
		}
		List<Out> prompt = new ArrayList<>(ComplaintMessages.outs(hint.prompt()));
		Out first = prompt.get(0);
		prompt.set(0, new Out((hint.reason() == Reason.RESUMED ? "↩️ " : "⚠️ ") + why + "\n\n" + first.text(), first.actions()));
		return prompt;
	}

	static String reason(Reason reason) {
		return switch (reason) {
			case RESUMED -> "ทำต่อจากที่ค้างไว้";
			case EMPTY_TEXT -> "ข้อความว่าง จึงไม่ได้บันทึก";
			case PART_TOO_LONG -> "ข้อความยาวเกิน 5,000 ตัวอักษร จึงไม่ได้บันทึก กรุณาแบ่งส่งเป็นหลายข้อความ";
			case TEXT_TOO_LONG -> "รายละเอียดรวมจะเกิน 10,000 ตัวอักษร ข้อความล่าสุดจึงไม่ได้บันทึก กรุณาสรุปให้สั้นลง";
			case TOO_MANY_PHOTOS -> "แนบภาพได้ไม่เกิน " + ComplaintService.MAX_PHOTOS + " ภาพต่อเรื่อง ภาพนี้จึงไม่ได้บันทึก";
			case PHOTO_UNREADABLE -> "เปิดภาพนี้ไม่ได้ จึงไม่ได้บันทึก กรุณาส่งเป็นภาพถ่าย (JPEG หรือ PNG)";
			case PHOTO_TOO_LARGE -> "ภาพมีขนาดใหญ่เกิน 10 MB จึงไม่ได้บันทึก";
			case PHOTO_UNAVAILABLE -> "รับภาพจาก LINE ไม่สำเร็จ ภาพจึงไม่ได้บันทึก กรุณาส่งใหม่อีกครั้ง";
			case PHOTO_NOT_HERE -> "ขั้นตอนนี้ไม่รับภาพ ภาพจึงไม่ได้บันทึก";
			case UNSUPPORTED_KIND -> "รับเฉพาะข้อความและภาพถ่าย (สติกเกอร์ วิดีโอ เสียง ไฟล์ หรือตำแหน่ง จะไม่ถูกบันทึก)";
			case NO_DETAILS_YET -> "ยังไม่มีรายละเอียด กรุณาพิมพ์เล่าเรื่องก่อนกดตรวจทานและส่ง";
			case PICK_FROM_BUTTONS -> "กรุณาเลือกจากปุ่มด้านล่าง";
			case UNKNOWN_AGENCY -> "ไม่พบหน่วยงานตามรหัสนี้";
			case COMPLAINT_LIMIT -> "วันนี้ส่งเรื่องร้องเรียนครบ " + ComplaintService.COMPLAINTS_PER_DAY
					+ " เรื่องแล้ว (จำกัดไว้เพื่อป้องกันการส่งซ้ำหรือก่อกวน) กรุณาส่งอีกครั้งพรุ่งนี้";
			case OPINION_LIMIT -> "วันนี้ส่งความคิดเห็นครบ " + ComplaintService.OPINIONS_PER_DAY + " ครั้งแล้ว กรุณาส่งอีกครั้งพรุ่งนี้";
			case ADDITION_LIMIT -> "วันนี้ส่งข้อมูลเพิ่มเติมครบ " + ComplaintService.ADDITIONS_PER_DAY + " ครั้งแล้ว กรุณาส่งอีกครั้งพรุ่งนี้";
			case WRONG_CODE_LIMIT -> "ใส่รหัสที่ไม่ถูกต้องหลายครั้งเกินไปในวันนี้ กรุณาลองใหม่พรุ่งนี้";
			case COMPLAINT_CLOSED -> "เรื่องนี้ยุติแล้ว จึงส่งข้อมูลเพิ่มไม่ได้ หากมีข้อมูลใหม่ กรุณายื่นเรื่องร้องเรียนใหม่";
			case NOTES_FULL -> "เรื่องนี้มีข้อความครบจำนวนที่รับได้แล้ว หากมีข้อมูลใหม่ กรุณายื่นเรื่องร้องเรียนใหม่";
			case ANOTHER_DRAFT_OPEN -> "ท่านมีเรื่องร้องเรียนที่เขียนไว้แต่ยังไม่ได้ส่ง กรุณาส่งหรือกดยกเลิกก่อน";
			case FILING_IN_PROGRESS -> "กำลังบันทึกเรื่องของท่าน กรุณารอสักครู่";
			case PHOTO_FORMAT -> "เปิดภาพนี้ไม่ได้ เพราะรับเฉพาะภาพแบบ JPEG หรือ PNG ภาพนี้จึงไม่ได้บันทึก"
					+ " กรุณาส่งภาพจากกล้องหรือคลังภาพของท่านอีกครั้ง";
			case PHOTO_HEIC -> "ระบบยังเปิดภาพแบบ HEIC ไม่ได้ ภาพนี้จึงไม่ได้บันทึก กรุณาส่งภาพเป็น JPEG (หรือถ่ายภาพหน้าจอแล้วส่งแทน)";
			case PHOTO_DIMENSIONS -> "ภาพนี้มีขนาดใหญ่เกินกว่าที่รับได้ (ด้านละไม่เกิน 12,000 จุด และรวมไม่เกิน 60 ล้านจุด) จึงไม่ได้บันทึก"
					+ " กรุณาย่อภาพแล้วส่งใหม่";
			case PHOTO_TIMEOUT -> "เปิดภาพนี้ใช้เวลานานเกินไป จึงไม่ได้บันทึก กรุณาส่งภาพอื่นหรือย่อภาพแล้วส่งใหม่";
			case PHOTO_BUSY -> "ขณะนี้มีภาพส่งเข้ามาจำนวนมาก ภาพนี้จึงยังไม่ได้บันทึก กรุณาส่งใหม่อีกครั้งในอีกสักครู่";
			case PHOTO_DAILY_LIMIT -> "วันนี้ท่านส่งภาพครบ " + PhotoQuota.PER_DAY + " ภาพแล้ว ภาพนี้จึงไม่ได้บันทึก กรุณาส่งเพิ่มพรุ่งนี้";
		};
	}
}
