package th.ita.bot.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.ita.bot.line.ChatFeature;
import th.ita.bot.line.ChatInput;
import th.ita.bot.line.Messages;
import th.ita.bot.report.ReportLinks;
import th.ita.survey.staff.AdminReply;
import th.ita.survey.staff.StaffAdministration;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;

/**
 * Administration in the chat of the running bot (README "Staff and administration"): staff codes,
 * roles, agencies, IIT access codes, display screens. Only registered staff are answered; for
 * anyone else these words are left to the other features (a citizen's sentence may start with
 * "เจ้าหน้าที่").
 */
@Component
@Order(12)
class AdminChat implements ChatFeature {

	private final StaffAdministration administration;

	private final StaffDirectory staff;

	private final ReportLinks links;

	AdminChat(StaffAdministration administration, StaffDirectory staff, ReportLinks links) {
		this.administration = administration;
		this.staff = staff;
		this.links = links;
	}

	@Override
	public Optional<List<Message>> command(ChatInput input) {
		if (!input.isText()) {
			return Optional.empty();
		}
		Optional<AdminWords.Parsed> parsed = AdminWords.parse(input.text());
		if (parsed.isEmpty()) {
			return Optional.empty();
		}
		Optional<StaffMember> member = staff.find(input.userId());
		if (member.isEmpty()) {
			return Optional.empty();
		}
		StaffMember me = member.get();
		if (parsed.get().request() == null) {
			return Optional.of(List.of(Messages.text(AdminMessages.usage(parsed.get().word()), StaffMenu.actions(me, null))));
		}
		AdminReply reply = administration.handle(input.userId(), parsed.get().request());
		List<Message> out = new ArrayList<>();
		out.add(Messages.text(AdminMessages.text(reply)));
		if (reply instanceof AdminReply.CodeIssued c) {
			out.add(Messages.text("ลงทะเบียน " + c.code().code()));
		}
		if (reply instanceof AdminReply.ScreenCreated s) {
			out.add(Messages.text(links.dashboardUrl(links.display(s.screen()))));
		}
		StaffMember now = staff.find(input.userId()).orElse(me);
		String agency = parsed.get().request().agency();
		return Optional.of(StaffMenu.under(out, StaffMenu.actions(now, agency != null && now.mayAct(agency) ? agency.toUpperCase(java.util.Locale.ROOT) : null), true));
	}
}
