package th.ita.bot.plan;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.ita.bot.line.ChatFeature;
import th.ita.bot.line.ChatInput;
import th.ita.scoring.Scheme;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.plan.ImprovementPlan;
import th.ita.survey.plan.Measure;
import th.ita.survey.plan.PendingChange;
import th.ita.survey.plan.PlanContacts;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.staff.StaffDirectory;
import th.ita.survey.staff.StaffMember;

/**
 * The improvement plan in the chat, for staff of the agency (a province admin for any agency):
 * every change is shown back first and saved only on "ยืนยัน". Whoever confirms a measure becomes
 * its contact for the follow-up reminders.
 */
@Component
@Order(12)
class PlanChat implements ChatFeature {

	static final Duration CONFIRM_WITHIN = Duration.ofMinutes(30);

	private final ImprovementPlan plan;

	private final PlanContacts contacts;

	private final StaffDirectory staff;

	private final AgencyDirectory agencies;

	private final LiveScores scores;

	private final PlanLinks links;

	private final Clock clock;

	private final PlanSettings settings;

	private final ContactSeal seal;

	PlanChat(ImprovementPlan plan, PlanContacts contacts, StaffDirectory staff, AgencyDirectory agencies, LiveScores scores,
			PlanLinks links, Clock clock, PlanSettings settings, ContactSeal seal) {
		this.settings = settings;
		this.seal = seal;
		this.plan = plan;
		this.contacts = contacts;
		this.staff = staff;
		this.agencies = agencies;
		this.scores = scores;
		this.links = links;
		this.clock = clock;
	}

	@Override
	public Optional<List<Message>> command(ChatInput input) {
		PlanCommands.Parsed parsed;
		if (input.isPostback()) {
			parsed = PlanCommands.CONFIRM_DATA.equals(input.text()) ? new PlanCommands.Confirm()
					: PlanCommands.CANCEL_DATA.equals(input.text()) ? new PlanCommands.Cancel() : new PlanCommands.NotPlan();
		}
		else if (input.isText()) {
			parsed = PlanCommands.parse(input.text());
		}
		else {
			return Optional.empty();
		}
		if (parsed instanceof PlanCommands.NotPlan) {
			return Optional.empty();
		}
		Optional<StaffMember> member = staff.find(input.userId());
		boolean typedAnswer = input.isText()
				&& (parsed instanceof PlanCommands.Confirm || parsed instanceof PlanCommands.Cancel);
		if (member.isEmpty()) {
			// "ยืนยัน"/"ยกเลิก" or a plan word with odd arguments typed by someone else: maybe free text
			// in a survey or a complaint, not ours
			boolean ours = !typedAnswer && !(parsed instanceof PlanCommands.Malformed);
			return ours ? Optional.of(List.of(PlanMessages.notStaff())) : Optional.empty();
		}
		String key = staff.staffKey(input.userId());
		if (parsed instanceof PlanCommands.Confirm) {
			Optional<PendingChange> pending = plan.takePending(key);
			if (pending.isEmpty()) {
				return typedAnswer ? Optional.empty() : Optional.of(List.of(PlanMessages.nothingPending()));
			}
			return Optional.of(List.of(apply(pending.get(), member.get(), input.userId())));
		}
		if (parsed instanceof PlanCommands.Cancel) {
			boolean dropped = plan.dropPending(key);
			return typedAnswer && !dropped ? Optional.empty() : Optional.of(List.of(PlanMessages.cancelled()));
		}
		if (parsed instanceof PlanCommands.Malformed m) {
			return Optional.of(List.of(PlanMessages.usage(m.word())));
		}
		String asked = parsed instanceof PlanCommands.Show s ? s.agency()
				: parsed instanceof PlanCommands.Add a ? a.agency()
						: parsed instanceof PlanCommands.Progress p ? p.agency() : ((PlanCommands.Delete) parsed).agency();
		String code = asked == null ? member.get().agency() : Agency.normalize(asked);
		if (!member.get().mayAct(code)) {
			return Optional.of(List.of(PlanMessages.otherAgency(member.get().agency())));
		}
		// anyone who sees the agency's results sees its plan; changing it is the agency admin's work
		StaffMember.Role needed = parsed instanceof PlanCommands.Show ? StaffMember.Role.VIEWER : StaffMember.Role.AGENCY_ADMIN;
		if (!member.get().may(needed, code)) {
			return Optional.of(List.of(PlanMessages.needsRole(needed)));
		}
		Optional<Agency> agency = agencies.find(code);
		if (agency.isEmpty()) {
			return Optional.of(List.of(PlanMessages.unknownAgency(code)));
		}
		return Optional.of(List.of(answer(parsed, agency.get(), key)));
	}

	private Message answer(PlanCommands.Parsed parsed, Agency agency, String key) {
		int year = scores.currentFiscalYear();
		Scheme scheme = scores.scheme(year);
		if (parsed instanceof PlanCommands.Show s) {
			if (s.number() == null) {
				return PlanMessages.plan(scheme, agency, year, plan.of(agency.code(), year), links.page(agency.code(), year),
						settings.evidenceItems());
			}
			return plan.find(agency.code(), year, s.number())
				.map(m -> PlanMessages.measure(scheme, m))
				.orElseGet(() -> PlanMessages.noSuchMeasure(s.number()));
		}
		if (parsed instanceof PlanCommands.Add a) {
			if (PlanRows.indicator(scheme, a.indicatorId()).equals(a.indicatorId())) {
				return PlanMessages.unknownIndicator(a.indicatorId());
			}
			List<String> f = a.fields();
			ImprovementPlan.Draft draft = new ImprovementPlan.Draft(a.indicatorId(), f.get(0), f.get(1), f.get(2),
					f.size() > 3 ? f.get(3) : null);
			plan.hold(new PendingChange(key, PendingChange.Kind.ADD, agency.code(), year, 0, draft, null, expiry()));
			return PlanMessages.confirmAdd(scheme, agency, year, draft);
		}
		if (parsed instanceof PlanCommands.Progress p) {
			Optional<Measure> m = plan.find(agency.code(), year, p.number());
			if (m.isEmpty()) {
				return PlanMessages.noSuchMeasure(p.number());
			}
			plan.hold(new PendingChange(key, PendingChange.Kind.PROGRESS, agency.code(), year, p.number(), null,
					p.text().length() > ImprovementPlan.MAX_TEXT ? p.text().substring(0, ImprovementPlan.MAX_TEXT) : p.text(),
					expiry()));
			return PlanMessages.confirmProgress(m.get(), p.text(), clock);
		}
		PlanCommands.Delete d = (PlanCommands.Delete) parsed;
		Optional<Measure> m = plan.find(agency.code(), year, d.number());
		if (m.isEmpty()) {
			return PlanMessages.noSuchMeasure(d.number());
		}
		plan.hold(new PendingChange(key, PendingChange.Kind.DELETE, agency.code(), year, d.number(), null, null, expiry()));
		return PlanMessages.confirmDelete(m.get());
	}

	private Message apply(PendingChange p, StaffMember member, String userId) {
		if (!member.may(StaffMember.Role.AGENCY_ADMIN, p.agency())) {
			return PlanMessages.otherAgency(member.agency());
		}
		return switch (p.kind()) {
			case ADD -> {
				Measure m = plan.add(p.agency(), p.fiscalYear(), p.draft(), p.staffKey());
				contacts.remember(p.staffKey(), seal.seal(userId), p.agency(), clock.instant());
				yield PlanMessages.added(scores.scheme(p.fiscalYear()), m);
			}
			case PROGRESS -> plan.report(p.agency(), p.fiscalYear(), p.number(), p.text())
				.map(m -> PlanMessages.progressSaved(scores.scheme(p.fiscalYear()), m))
				.orElseGet(() -> PlanMessages.noSuchMeasure(p.number()));
			case DELETE -> plan.delete(p.agency(), p.fiscalYear(), p.number()) ? PlanMessages.deleted(p.number())
					: PlanMessages.noSuchMeasure(p.number());
		};
	}

	private java.time.Instant expiry() {
		return clock.instant().plus(CONFIRM_WITHIN);
	}

	// no separate help message (the general help stays within LINE's five messages): "จุดอ่อน" and
	// "แผน" themselves say how to record measures
}
