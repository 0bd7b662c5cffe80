package th.ita.survey.staff;

import th.ita.scoring.Tool;

/**
 * What a person asks of the staff side, parsed from chat text by the bot. {@code agency} is the
 * agency asked about, null for the member's own; only a province admin may name another.
 */
public sealed interface StaffCommand {

	/** The command as the audit trail keeps it: no free text, no codes, no links. */
	String audit();

	String agency();

	record Register(String code) implements StaffCommand {

		@Override
		public String audit() {
			return "register";
		}

		@Override
		public String agency() {
			return null;
		}
	}

	/** {@code year}: the fiscal year asked about ({@code คะแนน 2568}), null for the current one. */
	record Score(String agency, Integer year) implements StaffCommand {

		public Score(String agency) {
			this(agency, null);
		}

		@Override
		public String audit() {
			return year == null ? "score" : "score " + year;
		}
	}

	record ShowIndicator(String indicatorId, String agency) implements StaffCommand {

		@Override
		public String audit() {
			return "indicator " + indicatorId;
		}
	}

	/** An item ({@code i3.1}) or a whole question with its sub-items ({@code i3}). */
	record ShowItem(String id, String agency) implements StaffCommand {

		@Override
		public String audit() {
			return "item " + id;
		}
	}

	record Weaknesses(String agency) implements StaffCommand {

		@Override
		public String audit() {
			return "weak";
		}
	}

	record ListOit(String agency) implements StaffCommand {

		@Override
		public String audit() {
			return "oit";
		}
	}

	/** Staff's judgement of an OIT item: published (pass) or not, with the evidence link. */
	record JudgeOit(String itemId, boolean pass, String url, String agency) implements StaffCommand {

		@Override
		public String audit() {
			return "oit " + itemId + (pass ? " pass" : " fail");
		}
	}

	/** Headcount (IIT population) or expected service users (EIT population). */
	record SetPopulation(Tool tool, int size, String agency) implements StaffCommand {

		@Override
		public String audit() {
			return "set " + (tool == Tool.IIT ? "headcount " : "users ") + size;
		}
	}
}
