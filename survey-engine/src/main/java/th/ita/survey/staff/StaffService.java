package th.ita.survey.staff;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.scores.AgencyScores;
import th.ita.survey.scores.LiveScores;
import th.ita.survey.scores.OitJudgement;
import th.ita.survey.scores.VisibleScores;

/**
 * The staff side: registration, live scores for the member's agency (any agency for a province
 * admin), OIT judgements and population settings, each allowed by a role ({@link #required}).
 * Every command, refused ones included, goes to the audit trail under the sender's STAFF pseudonym.
 */
public class StaffService {

	/** Items per urgent indicator that {@code weak} names as worth fixing first. */
	static final int LEVERS_PER_INDICATOR = 3;

	static final int MAX_POPULATION = 10_000_000;

	private final StaffDirectory staff;

	private final StaffRegistration registration;

	private final StaffAudit audit;

	private final AgencyDirectory agencies;

	private final VisibleScores scores;

	private final LiveScores live;

	public StaffService(StaffDirectory staff, StaffRegistration registration, StaffAudit audit,
			AgencyDirectory agencies, VisibleScores scores, LiveScores live) {
		this.staff = staff;
		this.registration = registration;
		this.audit = audit;
		this.agencies = agencies;
		this.scores = scores;
		this.live = live;
	}

	public Optional<StaffMember> member(String userId) {
		return staff.find(userId);
	}

	public StaffReply handle(String userId, StaffCommand command) {
		String staffKey = staff.staffKey(userId);
		if (command instanceof StaffCommand.Register r) {
			StaffRegistration.Outcome outcome = registration.register(userId, r.code());
			StaffReply reply = outcome instanceof StaffRegistration.Outcome.Registered ok
					? new StaffReply.Registered(ok.member(), agencies.find(ok.member().agency()).orElse(null))
					: outcome instanceof StaffRegistration.Outcome.TooManyAttempts t ? new StaffReply.TooManyAttempts(t.limit())
							: new StaffReply.RegistrationFailed();
			audit.record(staffKey, command.audit(),
					reply instanceof StaffReply.Registered ok ? ok.member().agency() : null, reply.outcome());
			return reply;
		}
		Optional<StaffMember> member = staff.find(userId);
		String asked = command.agency() == null ? member.map(StaffMember::agency).orElse(null)
				: Agency.normalize(command.agency());
		StaffReply reply;
		if (member.isEmpty()) {
			reply = new StaffReply.NotStaff();
		}
		else if (!member.get().mayAct(asked)) {
			reply = new StaffReply.OtherAgency(member.get().agency(), asked);
		}
		else if (!member.get().may(required(command), asked)) {
			reply = new StaffReply.NotAllowed(required(command));
		}
		else {
			reply = agencies.find(asked)
				.map(agency -> answer(agency, command))
				.orElseGet(() -> new StaffReply.UnknownAgency(asked));
		}
		audit.record(staffKey, command.audit(), member.isPresent() ? asked : null, reply.outcome());
		return reply;
	}

	/** The role a command needs: figures need VIEWER, judging OIT OIT_EDITOR, settings an admin. */
	static StaffMember.Role required(StaffCommand command) {
		if (command instanceof StaffCommand.JudgeOit) {
			return StaffMember.Role.OIT_EDITOR;
		}
		if (command instanceof StaffCommand.SetPopulation) {
			return StaffMember.Role.AGENCY_ADMIN;
		}
		return StaffMember.Role.VIEWER;
	}

	private StaffReply answer(Agency agency, StaffCommand command) {
		if (command instanceof StaffCommand.Score s && s.year() != null) {
			// another year's figures, on that year's instrument
			return new StaffReply.ScoreShown(scores.of(agency, s.year()));
		}
		if (command instanceof StaffCommand.Score) {
			return new StaffReply.ScoreShown(scores.of(agency));
		}
		if (command instanceof StaffCommand.ShowIndicator s) {
			return indicator(agency, s.indicatorId());
		}
		if (command instanceof StaffCommand.ShowItem s) {
			return item(agency, s.id());
		}
		if (command instanceof StaffCommand.Weaknesses) {
			AgencyScores view = scores.of(agency);
			return new StaffReply.WeaknessShown(view, Weakness.of(view.card(), LEVERS_PER_INDICATOR));
		}
		if (command instanceof StaffCommand.ListOit) {
			return oitList(agency);
		}
		if (command instanceof StaffCommand.JudgeOit j) {
			return judge(agency, j);
		}
		if (command instanceof StaffCommand.SetPopulation p) {
			return population(agency, p);
		}
		throw new IllegalArgumentException("not an agency command: " + command.audit());
	}

	private StaffReply indicator(Agency agency, String id) {
		for (Form form : current().forms().values()) {
			for (Indicator indicator : form.indicators()) {
				if (indicator.id().equalsIgnoreCase(id)) {
					AgencyScores view = scores.of(agency);
					return view.suppressed(form.tool()) ? new StaffReply.Withheld(view, form.tool())
							: new StaffReply.IndicatorShown(view, indicator);
				}
			}
		}
		return new StaffReply.UnknownIndicator(id);
	}

	private StaffReply item(Agency agency, String typedId) {
		String id = typedId.toLowerCase(Locale.ROOT);
		for (Form form : current().forms().values()) {
			Question question = form.questionsById().get(id);
			List<Item> items = question == null ? null : question.items();
			if (question == null) {
				Optional<Item> item = form.item(id);
				if (item.isEmpty()) {
					continue;
				}
				question = form.questionOf(item.get());
				items = List.of(item.get());
			}
			AgencyScores view = scores.of(agency);
			if (view.suppressed(form.tool())) {
				return new StaffReply.Withheld(view, form.tool());
			}
			Map<String, OitJudgement> judgements = form.tool() == Tool.OIT ? judgements(agency, view) : Map.of();
			return new StaffReply.ItemShown(view, form.tool(), question, items, judgements);
		}
		return new StaffReply.UnknownItem(typedId);
	}

	private StaffReply oitList(Agency agency) {
		AgencyScores view = scores.of(agency);
		return new StaffReply.OitListed(view, judgements(agency, view));
	}

	private Map<String, OitJudgement> judgements(Agency agency, AgencyScores view) {
		Map<String, OitJudgement> judgements = new LinkedHashMap<>();
		live.judgements(agency.code(), view.fiscalYear()).forEach(j -> judgements.put(j.item(), j));
		return judgements;
	}

	private StaffReply judge(Agency agency, StaffCommand.JudgeOit j) {
		String id = j.itemId().toLowerCase(Locale.ROOT);
		int year = live.currentFiscalYear(); // once: checked and recorded on the same year's checklist
		if (live.scheme(year).form(Tool.OIT).item(id).isEmpty()) {
			return new StaffReply.UnknownItem(j.itemId());
		}
		if (j.url() != null && !isWebLink(j.url())) {
			return new StaffReply.BadEvidenceLink();
		}
		OitJudgement judgement = live.judge(agency.code(), year, id, j.pass(), j.url());
		return new StaffReply.OitJudged(scores.of(agency), judgement);
	}

	private StaffReply population(Agency agency, StaffCommand.SetPopulation p) {
		if (p.size() < 1 || p.size() > MAX_POPULATION) {
			return new StaffReply.BadPopulation(MAX_POPULATION);
		}
		Agency changed = agencies.save(p.tool() == Tool.IIT ? agency.withHeadcount(p.size())
				: agency.withExpectedUsers(p.size()));
		return new StaffReply.PopulationSet(changed, p.tool(), p.size(), scores.required(p.tool(), p.size(), live.currentFiscalYear()));
	}

	/** The instrument of the current fiscal year: the one whose indicators, items and checklist staff act on. */
	private th.ita.scoring.Scheme current() {
		return live.scheme(live.currentFiscalYear());
	}

	static boolean isWebLink(String url) {
		if (url.length() > 1000) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}
}
