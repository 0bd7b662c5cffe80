package th.ita.bot.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.ita.bot.line.ChatFeature;
import th.ita.bot.line.ChatInput;
import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.bot.staff.StaffMenu;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.complaint.CaseRef;
import th.ita.survey.complaint.ComplaintDesk;
import th.ita.survey.complaint.ComplaintStatus;
import th.ita.survey.conversation.FiscalYear;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;

/**
 * Staff commands for complaints and opinions, typed in the chat by registered staff:
 * <pre>
 * เรื่องร้องเรียน [ทั้งหมด]              new complaints (all open ones)
 * เรื่อง C2569-0042                      open one (an admin may write PKT/C2569-0042)
 * สถานะ C2569-0042 กำลังตรวจสอบ          change its status
 * ยุติ C2569-0042 เหตุผล                  close it; the reason is required and the complainant reads it
 * ไม่รับเรื่อง C2569-0042 เหตุผล           reject it, likewise
 * ตอบ C2569-0042 ข้อความ                 reply; the complainant reads it with the receipt code
 * ความคิดเห็นทั้งหมด                      latest opinions
 * สถิติร้องเรียน [ปี] [หน่วยงาน]          yearly counts by category and status (OIT o31)
 * </pre>
 * All but the statistics need the complaint-officer role. The patterns are strict (a case number
 * must follow), so a citizen's sentence that happens to start with "เรื่อง" is not taken for a
 * command.
 */
@Component
@Order(31)
class ComplaintStaffChat implements ChatFeature {

	static final int LIST_LIMIT = 20;

	private static final Pattern LIST = Pattern.compile("^(?:เรื่องร้องเรียน|COMPLAINTS)(?:\\s+(ทั้งหมด|ALL))?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OPEN = Pattern.compile("^(?:เรื่อง|CASE)\\s+(\\S+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern STATUS = Pattern.compile("^สถานะ\\s+(\\S+)(?:\\s+(.+))?$");

	private static final Pattern REPLY = Pattern.compile("^(?:ตอบ|REPLY)\\s+(\\S+)\\s+(.+)$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern FINISH = Pattern.compile("^(ยุติ|ยุติเรื่อง|CLOSE|ไม่รับเรื่อง|REJECT)\\s+(\\S+)(?:\\s+(.+))?$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern OPINIONS = Pattern.compile("^(?:ความคิดเห็นทั้งหมด|OPINIONS)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern STATISTICS = Pattern.compile(
			"^(?:สถิติร้องเรียน|COMPLAINT-STATS)(?:\\s+(\\d{4}))?(?:\\s+([A-Za-z0-9_-]{1,20}))?$", Pattern.CASE_INSENSITIVE);

	private final ComplaintDesk desk;

	private final StaffDirectory staff;

	private final AgencyDirectory agencies;

	private final PhotoLinks links;

	private final Clock clock;

	ComplaintStaffChat(ComplaintDesk desk, StaffDirectory staff, AgencyDirectory agencies, PhotoLinks links, Clock clock) {
		this.desk = desk;
		this.staff = staff;
		this.agencies = agencies;
		this.links = links;
		this.clock = clock;
	}

	@Override
	public Optional<List<Message>> command(ChatInput input) {
		if (!input.isText()) {
			return Optional.empty();
		}
		String text = input.text();
		Matcher list = LIST.matcher(text);
		Matcher open = OPEN.matcher(text);
		Matcher status = STATUS.matcher(text);
		Matcher reply = REPLY.matcher(text);
		Matcher stats = STATISTICS.matcher(text);
		Matcher finish = FINISH.matcher(text);
		boolean opinions = OPINIONS.matcher(text).matches();
		Optional<CaseRef> ref = open.matches() ? CaseRef.parse(open.group(1))
				: status.matches() ? CaseRef.parse(status.group(1)) : reply.matches() ? CaseRef.parse(reply.group(1))
						: finish.matches() ? CaseRef.parse(finish.group(2)) : Optional.empty();
		boolean isCommand = list.matches() || opinions || stats.matches() || ref.isPresent();
		if (!isCommand) {
			return Optional.empty();
		}
		Optional<StaffMember> member = staff.find(input.userId());
		if (member.isEmpty()) {
			return Optional.of(List.of(Messages.text("คำสั่งนี้สำหรับเจ้าหน้าที่ของหน่วยงานที่ลงทะเบียนแล้วเท่านั้น", MainMenu.actions())));
		}
		StaffMember me = member.get();
		StaffComplaintMessages render = new StaffComplaintMessages(agencies, me, links);
		List<Action> menu = StaffMenu.actions(me, null);
		if (stats.matches()) {
			int year = stats.group(1) == null ? FiscalYear.of(LocalDate.now(clock)) : buddhistYear(Integer.parseInt(stats.group(1)));
			String agency = stats.group(2) == null ? null : stats.group(2).toUpperCase(java.util.Locale.ROOT);
			return Optional.of(StaffMenu.under(render.statistics(desk.statistics(me, agency, year)), menu, false));
		}
		if (!ComplaintDesk.officer(me)) {
			return Optional.of(List.of(Messages.text("ขออภัย เรื่องร้องเรียนและความคิดเห็นเปิดอ่านได้เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียน "
					+ "ขอสิทธิ์ได้จากผู้ดูแลหน่วยงาน", menu)));
		}
		return Optional.of(StaffMenu.under(officer(me, render, list, open, status, reply, finish, opinions, ref), menu, false));
	}

	private List<Message> officer(StaffMember me, StaffComplaintMessages render, Matcher list, Matcher open, Matcher status,
			Matcher reply, Matcher finish, boolean opinions, Optional<CaseRef> ref) {
		if (list.matches()) {
			boolean all = list.group(1) != null;
			return render.waiting(desk.waiting(me, all, LIST_LIMIT), all);
		}
		if (opinions) {
			return render.opinions(desk.opinions(me, LIST_LIMIT));
		}
		CaseRef caseRef = ref.get();
		if (open.matches()) {
			return render.outcome(desk.find(me, caseRef));
		}
		if (finish.matches()) {
			ComplaintStatus target = finish.group(1).startsWith("ไม่") || finish.group(1).equalsIgnoreCase("REJECT")
					? ComplaintStatus.REJECTED : ComplaintStatus.CLOSED;
			return reason(finish.group(3)).orElseGet(() -> render.outcome(desk.changeStatus(me, caseRef, target, finish.group(3))));
		}
		if (status.matches()) {
			String target = status.group(2);
			if (target == null) {
				return render.askStatus(desk.find(me, caseRef));
			}
			// "สถานะ C2569-0042 ยุติเรื่อง เหตุผล...": the status is the first word, the reason the rest
			String[] words = target.strip().split("\\s+", 2);
			Optional<ComplaintStatus> first = ComplaintStatus.parse(words[0]);
			Optional<ComplaintStatus> parsed = first.isPresent() ? first : ComplaintStatus.parse(target);
			if (parsed.isEmpty()) {
				return render.unknownStatus(desk.find(me, caseRef), target);
			}
			String why = first.isPresent() && words.length > 1 ? words[1] : null;
			return reason(why).orElseGet(() -> render.outcome(desk.changeStatus(me, caseRef, parsed.get(), why)));
		}
		String answer = reply.group(2).strip();
		if (answer.codePointCount(0, answer.length()) > 4_000) {
			return List.of(Messages.text("คำตอบยาวเกิน 4,000 ตัวอักษร กรุณาแบ่งตอบเป็นหลายครั้ง"));
		}
		return render.outcome(desk.reply(me, caseRef, answer));
	}

	/** A reason too long to keep: refused before anything changes. */
	private static Optional<List<Message>> reason(String why) {
		if (why != null && why.codePointCount(0, why.length()) > 1_000) {
			return Optional.of(List.of(Messages.text("เหตุผลยาวเกิน 1,000 ตัวอักษร กรุณาสรุปให้สั้นลง")));
		}
		return Optional.empty();
	}

	/** "2569" as is, "2026" as 2569. */
	static int buddhistYear(int year) {
		return year < 2400 ? year + 543 : year;
	}
}
