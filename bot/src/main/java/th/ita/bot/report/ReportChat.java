package th.ita.bot.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.ita.bot.line.ChatFeature;
import th.ita.bot.line.ChatInput;
import th.ita.bot.line.MainMenu;
import th.ita.bot.line.Messages;
import th.ita.bot.staff.StaffMenu;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;

/**
 * Staff commands that hand out signed links: {@code รายงาน} / {@code report [AGENCY]} (XLSX and
 * printable page) and {@code แดชบอร์ด} / {@code dashboard [AGENCY]}. Agency staff get their own
 * agency; a province admin names one, or gets the all-agencies dashboard.
 */
@Component
@Order(15)
class ReportChat implements ChatFeature {

	private static final Set<String> REPORT_WORDS = Set.of("รายงาน", "REPORT");

	private static final Set<String> DASHBOARD_WORDS = Set.of("แดชบอร์ด", "DASHBOARD");

	private final StaffDirectory staff;

	private final AgencyDirectory agencies;

	private final ReportLinks links;

	private final Reports reports;

	ReportChat(StaffDirectory staff, AgencyDirectory agencies, ReportLinks links, Reports reports) {
		this.staff = staff;
		this.agencies = agencies;
		this.links = links;
		this.reports = reports;
	}

	@Override
	public Optional<List<Message>> command(ChatInput input) {
		if (!input.isText()) {
			return Optional.empty();
		}
		String word = input.firstWord();
		boolean report = REPORT_WORDS.contains(word);
		boolean dashboard = DASHBOARD_WORDS.contains(word);
		if (!report && !dashboard) {
			return Optional.empty();
		}
		Optional<StaffMember> member = staff.find(input.userId());
		if (member.isEmpty()) {
			return Optional.of(List.of(Messages.text(
					"คำสั่งนี้สำหรับเจ้าหน้าที่ของหน่วยงานที่ลงทะเบียนแล้วเท่านั้น\nหากท่านเป็นเจ้าหน้าที่ กรุณาลงทะเบียนด้วยรหัสที่ได้รับจากผู้ดูแลระบบ",
					MainMenu.actions())));
		}
		String asked = input.rest().toUpperCase(Locale.ROOT);
		StaffMember me = member.get();
		String code = asked.isEmpty() || asked.matches("(25|20)\\d\\d") ? me.agency() : asked; // "รายงาน 2569": a year, not an agency
		List<Message> reply = List.of(answer(me, asked, code, report));
		return Optional.of(StaffMenu.under(reply, StaffMenu.actions(me, me.mayAct(code) ? code : null), true));
	}

	private Message answer(StaffMember me, String asked, String code, boolean report) {
		if (asked.isEmpty() && me.provinceAdmin() && !report) {
			return dashboardLink(ReportLinks.ALL_AGENCIES, "ทุกหน่วยงาน");
		}
		if (!me.mayAct(code)) {
			return Messages.text("ท่านดูรายงานได้เฉพาะหน่วยงานของท่าน (" + me.agency() + ")");
		}
		if (!me.may(StaffMember.Role.VIEWER, code)) {
			return Messages.text("ขออภัย รายงานและแดชบอร์ดสำหรับผู้มีสิทธิ์ดูผลคะแนน ขอสิทธิ์ได้จากผู้ดูแลหน่วยงาน");
		}
		Optional<Agency> agency = agencies.find(code);
		if (agency.isEmpty()) {
			return Messages.text("ไม่พบหน่วยงานรหัส \"" + Messages.fit(code, 20) + "\" พิมพ์ เช่น \"รายงาน PKT\"");
		}
		return report ? reportLinks(agency.get()) : dashboardLink(agency.get().code(), agency.get().name());
	}

	private Message reportLinks(Agency agency) {
		ReportLinks.Link link = links.issue(agency.code());
		String base = links.base() + "/reports/" + link.token();
		StringBuilder text = new StringBuilder();
		text.append("รายงานผล ITA ของ").append(agency.name()).append(" (ข้อมูลล่าสุด)\n\n");
		text.append("📊 ไฟล์ Excel (XLSX):\n").append(base).append("/report.xlsx\n\n");
		text.append("🖨 หน้าพิมพ์ / บันทึกเป็น PDF:\n").append(base).append("/report.html\n\n");
		text.append(expiry(link));
		reports.current(agency.code()).ifPresent(r -> {
			for (Tool tool : r.hidden()) {
				text.append("\n").append(ReportText.hiddenNote(r, tool));
			}
		});
		return Messages.text(text.toString());
	}

	private Message dashboardLink(String agencyCode, String name) {
		ReportLinks.Link link = links.issue(agencyCode);
		return Messages.text("แดชบอร์ด ITA ของ" + name + " (อัปเดตอัตโนมัติ):\n" + links.dashboardUrl(link.token()) + "\n\n"
				+ expiry(link) + "\nจอในสำนักงาน: ผู้ดูแลหน่วยงานสร้างลิงก์ระยะยาวได้ด้วยคำสั่ง จอแสดงผล");
	}

	private static String expiry(ReportLinks.Link link) {
		return "ลิงก์ใช้ได้ถึง " + ReportText.STAMP.format(link.expires())
				+ " น. เท่านั้น โปรดอย่าส่งต่อ (ขอลิงก์ใหม่ได้ทุกเมื่อ)";
	}
}
