package th.ita.bot.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;

import th.ita.bot.line.Messages;
import th.ita.bot.line.ThaiDates;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.complaint.Category;
import th.ita.survey.complaint.Complaint;
import th.ita.survey.complaint.ComplaintDesk.Outcome;
import th.ita.survey.complaint.ComplaintStatistics;
import th.ita.survey.complaint.ComplaintStatus;
import th.ita.survey.opinion.Opinion;
import th.ita.survey.staff.StaffMember;

/**
 * Renders the staff side. Case references are shown as staff type them: {@code C2569-0042} for
 * agency staff, {@code PKT/C2569-0042} for an admin, who sees several agencies.
 */
final class StaffComplaintMessages {

	private final AgencyDirectory agencies;

	private final StaffMember staff;

	private final PhotoLinks links;

	StaffComplaintMessages(AgencyDirectory agencies, StaffMember staff, PhotoLinks links) {
		this.agencies = agencies;
		this.staff = staff;
		this.links = links;
	}

	List<Message> waiting(List<Complaint> complaints, boolean all) {
		String scope = staff.provinceAdmin() ? "ทุกหน่วยงาน" : agencyName(staff.agency());
		if (complaints.isEmpty()) {
			return List.of(Messages.text((all ? "ไม่มีเรื่องร้องเรียนที่ยังไม่ยุติ" : "ไม่มีเรื่องร้องเรียนใหม่") + " · " + scope
					+ "\n\n" + help()));
		}
		StringBuilder text = new StringBuilder(all ? "เรื่องร้องเรียนที่ยังไม่ยุติ" : "เรื่องร้องเรียนใหม่ (รับเรื่องแล้ว)");
		text.append(" · ").append(scope).append(": ").append(complaints.size())
			.append(complaints.size() >= ComplaintStaffChat.LIST_LIMIT ? "+" : "").append(" เรื่อง\n");
		List<Action> buttons = new ArrayList<>();
		for (Complaint c : complaints) {
			String ref = ref(c);
			text.append("\n• ").append(ref).append(" · ").append(ThaiDates.format(c.filedOn())).append(" · ")
				.append(c.category().label());
			if (all) {
				text.append(" · ").append(c.status().label());
			}
			if (!c.photoIds().isEmpty()) {
				text.append(" · ภาพ ").append(c.photoIds().size());
			}
			text.append("\n  ").append(Messages.fit(oneLine(c.text()), 60));
			if (buttons.size() < Messages.MAX_QUICK_REPLIES) {
				buttons.add(Messages.say(ref, "เรื่อง " + ref));
			}
		}
		text.append("\n\nเปิดเรื่อง: พิมพ์ เรื่อง ตามด้วยเลขเรื่อง");
		return List.of(Messages.text(text.toString(), buttons));
	}

	List<Message> outcome(Outcome outcome) {
		if (outcome instanceof Outcome.Found f) {
			return complaint(f.complaint(), null);
		}
		if (outcome instanceof Outcome.NotFound n) {
			return List.of(Messages.text("ไม่พบเรื่อง " + n.ref() + (staff.provinceAdmin() ? "" : " ในหน่วยงานของท่าน")));
		}
		if (outcome instanceof Outcome.Ambiguous a) {
			List<Action> buttons = new ArrayList<>();
			for (String agency : a.agencies()) {
				buttons.add(Messages.say(agency + "/" + a.ref().number(), "เรื่อง " + agency + "/" + a.ref().number()));
			}
			return List.of(Messages.text("เลขเรื่อง " + a.ref().number() + " มีในหลายหน่วยงาน: " + String.join(", ", a.agencies())
					+ "\nกรุณาระบุหน่วยงาน เช่น " + a.agencies().get(0) + "/" + a.ref().number(), buttons));
		}
		if (outcome instanceof Outcome.StatusChanged s) {
			String reason = s.complaint().status().needsReason() && !s.complaint().history().isEmpty()
					? "\nเหตุผล: " + s.complaint().history().get(s.complaint().history().size() - 1).reason() : "";
			return List.of(Messages.text("เปลี่ยนสถานะเรื่อง " + ref(s.complaint()) + " จาก \"" + s.from().label() + "\" เป็น \""
					+ s.complaint().status().label() + "\" แล้ว" + reason + "\nผู้ร้องเรียนจะเห็นเมื่อติดตามเรื่องด้วยรหัสของตน",
					statusButtons(s.complaint())));
		}
		if (outcome instanceof Outcome.TransitionRefused t) {
			Complaint c = t.complaint();
			String allowed = c.status().next().isEmpty() ? "เรื่องที่ยุติแล้วเปลี่ยนสถานะไม่ได้"
					: "สถานะที่เปลี่ยนได้: " + c.status().next().stream().map(ComplaintStatus::label).collect(Collectors.joining(", "));
			return List.of(Messages.text("เปลี่ยนสถานะเรื่อง " + ref(c) + " จาก \"" + c.status().label() + "\" เป็น \""
					+ t.target().label() + "\" ไม่ได้\n" + allowed, statusButtons(c)));
		}
		if (outcome instanceof Outcome.Replied r) {
			return List.of(Messages.text("บันทึกคำตอบในเรื่อง " + ref(r.complaint())
					+ " แล้ว\nผู้ร้องเรียนจะอ่านได้เมื่อติดตามเรื่องด้วยรหัสของตน (ระบบไม่มีช่องทางส่งถึงผู้ร้องเรียนโดยตรง เพื่อไม่ให้รู้ว่าเป็นใคร)"));
		}
		if (outcome instanceof Outcome.ReasonRequired r) {
			String word = r.target() == ComplaintStatus.REJECTED ? "ไม่รับเรื่อง" : "ยุติ";
			return List.of(Messages.text("การ" + (r.target() == ComplaintStatus.REJECTED ? "ไม่รับเรื่อง" : "ยุติเรื่อง") + " "
					+ ref(r.complaint()) + " ต้องระบุเหตุผล ผู้ร้องเรียนจะเห็นเหตุผลนี้เมื่อติดตามเรื่องด้วยรหัสของตน\nพิมพ์: " + word + " "
					+ ref(r.complaint()) + " เหตุผล"));
		}
		if (outcome instanceof Outcome.NotesFull n) {
			return List.of(Messages.text("เรื่อง " + ref(n.complaint()) + " มีข้อความครบจำนวนที่รับได้แล้ว"));
		}
		return List.of(Messages.text("ขออภัย ไม่เข้าใจคำสั่งนี้\n\n" + help()));
	}

	/** "สถานะ C2569-0042" without a status: the complaint's current one and buttons for the next. */
	List<Message> askStatus(Outcome lookup) {
		if (!(lookup instanceof Outcome.Found f)) {
			return outcome(lookup);
		}
		Complaint c = f.complaint();
		String text = "เรื่อง " + ref(c) + " สถานะปัจจุบัน: " + c.status().label()
				+ (c.status().next().isEmpty() ? "\nเรื่องที่ยุติแล้วเปลี่ยนสถานะไม่ได้" : "\nเลือกสถานะใหม่:");
		return List.of(Messages.text(text, statusButtons(c)));
	}

	List<Message> unknownStatus(Outcome lookup, String typed) {
		String text = "ไม่รู้จักสถานะ \"" + Messages.fit(typed, 40) + "\"\nสถานะที่ใช้ได้: "
				+ java.util.Arrays.stream(ComplaintStatus.values()).map(ComplaintStatus::label).collect(Collectors.joining(", "));
		if (lookup instanceof Outcome.Found f) {
			return List.of(Messages.text(text, statusButtons(f.complaint())));
		}
		return List.of(Messages.text(text));
	}

	private List<Message> complaint(Complaint c, String note) {
		String ref = ref(c);
		StringBuilder head = new StringBuilder();
		if (note != null) {
			head.append(note).append("\n\n");
		}
		head.append("เรื่องร้องเรียน ").append(ref).append('\n');
		head.append("หน่วยงาน: ").append(agencyName(c.agency())).append('\n');
		head.append("ประเภท: ").append(c.category().label()).append('\n');
		head.append("ยื่นเมื่อ: ").append(ThaiDates.format(c.filedOn())).append('\n');
		head.append("สถานะ: ").append(c.status().label()).append('\n');
		head.append("ประวัติ: ").append(c.history().stream()
			.map(h -> h.status().label() + " (" + ThaiDates.format(h.on()) + ")")
			.collect(Collectors.joining(" → "))).append('\n');
		head.append("ภาพหลักฐาน: ").append(c.photoIds().size()).append(" ภาพ\n\nรายละเอียด:\n");
		List<String> chunks = ComplaintMessages.chunks(c.text(), ComplaintMessages.CHUNK);
		List<Message> out = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		texts.add(head + chunks.get(0));
		texts.addAll(chunks.subList(1, chunks.size()));
		if (!c.notes().isEmpty()) {
			texts.add(ComplaintMessages.thread(c.notes(), ComplaintMessages.CHUNK));
		}
		texts.add(photoLinks(c) + "ตอบผู้ร้องเรียน: พิมพ์\nตอบ " + ref + " ข้อความ\nเปลี่ยนสถานะ: กดปุ่มด้านล่าง หรือพิมพ์ สถานะ " + ref
				+ " ชื่อสถานะ\nยุติหรือไม่รับเรื่อง (ต้องมีเหตุผล): ยุติ " + ref + " เหตุผล / ไม่รับเรื่อง " + ref + " เหตุผล");
		for (int i = 0; i < texts.size() - 1; i++) {
			out.add(Messages.text(texts.get(i)));
		}
		out.add(Messages.text(texts.get(texts.size() - 1), statusButtons(c)));
		return out;
	}

	/** Signed links to the photos, valid for an hour; nothing when the bot has no public address. */
	private String photoLinks(Complaint c) {
		if (c.photoIds().isEmpty()) {
			return "";
		}
		StringBuilder sb = new StringBuilder();
		int n = 1;
		for (String photoId : c.photoIds()) {
			var link = links.link(c.id(), photoId);
			if (link.isEmpty()) {
				return "";
			}
			sb.append(n++).append(". ").append(link.get()).append('\n');
		}
		return "ภาพหลักฐาน (ลิงก์เปิดได้ " + PhotoLinks.VALID.toHours() + " ชั่วโมง โปรดอย่าส่งต่อ):\n" + sb + "\n";
	}

	List<Message> opinions(List<Opinion> opinions) {
		String scope = staff.provinceAdmin() ? "ทุกหน่วยงาน" : agencyName(staff.agency());
		if (opinions.isEmpty()) {
			return List.of(Messages.text("ยังไม่มีความคิดเห็น · " + scope));
		}
		List<String> entries = new ArrayList<>();
		for (Opinion o : opinions) {
			StringBuilder e = new StringBuilder("• ").append(ThaiDates.format(o.submittedOn()));
			if (staff.provinceAdmin()) {
				e.append(" · ").append(o.agency());
			}
			if (o.topic() != null) {
				e.append(" · ตัวชี้วัดที่ ").append(o.topic());
			}
			e.append('\n').append(Messages.fit(o.text(), 600));
			entries.add(e.toString());
		}
		List<Message> out = new ArrayList<>();
		StringBuilder current = new StringBuilder("ความคิดเห็นล่าสุด " + opinions.size() + " รายการ · " + scope);
		for (String e : entries) {
			if (current.length() + e.length() + 2 > ComplaintMessages.CHUNK) {
				out.add(Messages.text(current.toString()));
				current = new StringBuilder();
				if (out.size() == 4) {
					break;
				}
			}
			current.append(current.length() == 0 ? "" : "\n\n").append(e);
		}
		if (current.length() > 0) {
			out.add(Messages.text(current.toString()));
		}
		return out;
	}

	List<Message> statistics(ComplaintStatistics s) {
		StringBuilder text = new StringBuilder("สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ พ.ศ. ").append(s.fiscalYear()).append('\n');
		text.append(s.agency() == null ? "ทุกหน่วยงาน" : agencyName(s.agency())).append('\n');
		text.append("รวม ").append(s.total()).append(" เรื่อง\n\nตามประเภท:");
		for (Category c : Category.values()) {
			text.append("\n• ").append(c.label()).append(": ").append(s.total(c));
			if (s.total(c) > 0) {
				text.append(" (");
				List<String> parts = new ArrayList<>();
				for (ComplaintStatus st : ComplaintStatus.values()) {
					if (s.count(c, st) > 0) {
						parts.add(st.label() + " " + s.count(c, st));
					}
				}
				text.append(String.join(" · ", parts)).append(')');
			}
		}
		text.append("\n\nตามสถานะ:");
		for (ComplaintStatus st : ComplaintStatus.values()) {
			text.append("\n• ").append(st.label()).append(": ").append(s.total(st));
		}
		text.append("\n\n(ข้อมูลสำหรับเผยแพร่ตามตัวชี้วัด OIT o31 ไม่มีข้อมูลที่ระบุตัวผู้ร้องเรียน)");
		return List.of(Messages.text(text.toString()));
	}

	private List<Action> statusButtons(Complaint c) {
		List<Action> buttons = new ArrayList<>();
		for (ComplaintStatus next : c.status().next()) {
			// closing and rejecting need a reason: the button asks for it instead of changing anything
			buttons.add(Messages.say("→ " + next.label(), "สถานะ " + ref(c) + " " + next.label()));
		}
		buttons.add(Messages.say("เรื่องใหม่ทั้งหมด", "เรื่องร้องเรียน"));
		return buttons;
	}

	private String ref(Complaint c) {
		return staff.provinceAdmin() ? c.agency() + "/" + c.caseNumber() : c.caseNumber();
	}

	private String agencyName(String code) {
		return agencies.find(code).map(Agency::name).orElse(code);
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip();
	}

	static String help() {
		return """
				คำสั่งเจ้าหน้าที่:
				เรื่องร้องเรียน [ทั้งหมด]
				เรื่อง C2569-0042
				สถานะ C2569-0042 กำลังตรวจสอบ
				ยุติ C2569-0042 เหตุผล
				ไม่รับเรื่อง C2569-0042 เหตุผล
				ตอบ C2569-0042 ข้อความ
				ความคิดเห็นทั้งหมด
				สถิติร้องเรียน [ปี พ.ศ.]""";
	}
}
