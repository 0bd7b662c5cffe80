package th.ita.survey.staff;

import th.ita.scoring.Tool;

/**
 * What a person asks of the staff side, parsed from chat text by the bot. {@code agency} is the
 * agency asked about, null for the member's own; only a province admin may name another.
 */
public sealed interface StaffCommand {

	default String agency() {
		return null;
	}

	/**
	 * The command as the audit trail keeps it: no free text, no codes, no links. One table for all
	 * commands; one missing here fails on its first use (every command is audited).
	 */
	default String audit() {
		if (this instanceof Score score) {
			return score.year() == null ? "score" : "score " + score.year();
		}
		if (this instanceof ShowIndicator indicator) {
			return "indicator " + indicator.indicatorId();
		}
		if (this instanceof ShowItem item) {
			return "item " + item.id();
		}
		if (this instanceof JudgeOit judge) {
			return "oit " + judge.itemId() + (judge.pass() ? " pass" : " fail");
		}
		if (this instanceof SetPopulation set) {
			return "set " + (set.tool() == Tool.IIT ? "headcount " : "users ") + set.size();
		}
		return this instanceof Register ? "register"
				: this instanceof Weaknesses ? "weak"
				: this instanceof ListOit ? "oit"
				: unlisted(this);
	}

	record Register(String code) implements StaffCommand {
	}

	/** {@code year}: the fiscal year asked about ({@code คะแนน 2568}), null for the current one. */
	record Score(String agency, Integer year) implements StaffCommand {

		public Score(String agency) {
			this(agency, null);
		}
	}

	record ShowIndicator(String indicatorId, String agency) implements StaffCommand {
	}

	/** An item ({@code i3.1}) or a whole question with its sub-items ({@code i3}). */
	record ShowItem(String id, String agency) implements StaffCommand {
	}

	record Weaknesses(String agency) implements StaffCommand {
	}

	record ListOit(String agency) implements StaffCommand {
	}

	/** Staff's judgement of an OIT item: published (pass) or not, with the evidence link. */
	record JudgeOit(String itemId, boolean pass, String url, String agency) implements StaffCommand {
	}

	/** Headcount (IIT population) or expected service users (EIT population). */
	record SetPopulation(Tool tool, int size, String agency) implements StaffCommand {
	}

	private static String unlisted(Object command) {
		throw new IllegalStateException("no audit line for " + command.getClass().getSimpleName());
	}
}
