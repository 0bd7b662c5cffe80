package th.ita.survey.staff;

import java.util.List;
import java.util.Map;

import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;
import th.ita.survey.agency.Agency;
import th.ita.survey.scores.AgencyScores;
import th.ita.survey.scores.OitJudgement;

/** What the staff side answers; the bot turns each into LINE messages. */
public sealed interface StaffReply {

	/** How the command ended, for the audit trail. */
	default String outcome() {
		return getClass().getSimpleName();
	}

	record Registered(StaffMember member, Agency agency) implements StaffReply {
	}

	/** Unknown, used or expired code: the same answer for all three, so codes cannot be probed. */
	record RegistrationFailed() implements StaffReply {
	}

	/** The person tried too many codes today; the code was not looked at. */
	record TooManyAttempts(int limit) implements StaffReply {
	}

	/** Registered, but without the role this command needs. */
	record NotAllowed(StaffMember.Role needed) implements StaffReply {
	}

	/** The sender is not registered staff: no figure at all. */
	record NotStaff() implements StaffReply {
	}

	record OtherAgency(String own, String asked) implements StaffReply {
	}

	record UnknownAgency(String code) implements StaffReply {
	}

	record ScoreShown(AgencyScores scores) implements StaffReply {
	}

	record IndicatorShown(AgencyScores scores, Indicator indicator) implements StaffReply {
	}

	/**
	 * One item, or a question's sub-items, with their distributions; for an OIT item its judgement
	 * (absent while nobody judged it).
	 */
	record ItemShown(AgencyScores scores, Tool tool, Question question, List<Item> items,
			Map<String, OitJudgement> judgements) implements StaffReply {
	}

	/** The form has fewer than k respondents: its distributions and scores are withheld. */
	record Withheld(AgencyScores scores, Tool tool) implements StaffReply {
	}

	record UnknownIndicator(String id) implements StaffReply {
	}

	record UnknownItem(String id) implements StaffReply {
	}

	record WeaknessShown(AgencyScores scores, Weakness weakness) implements StaffReply {
	}

	/** All OIT items with their state; items nobody judged yet are missing from {@code judgements}. */
	record OitListed(AgencyScores scores, Map<String, OitJudgement> judgements) implements StaffReply {
	}

	record OitJudged(AgencyScores scores, OitJudgement judgement) implements StaffReply {
	}

	/** The evidence link is not an http(s) address. */
	record BadEvidenceLink() implements StaffReply {
	}

	/** A headcount or number of service users below 1 or above the maximum. */
	record BadPopulation(int max) implements StaffReply {
	}

	record PopulationSet(Agency agency, Tool tool, int size, Integer required) implements StaffReply {
	}
}
