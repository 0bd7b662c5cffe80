package th.ita.bot.staff;

import java.util.List;

import com.linecorp.bot.messaging.model.Message;

import th.ita.survey.plan.LastYear;
import th.ita.survey.staff.StaffReply;

/**
 * Staff replies as LINE messages, one family a class: the score card, the figures below it
 * (indicator, item), the weakness analysis, the OIT checklist, registration and roles, population
 * settings. Figures are Flex with a plain-text altText that carries the same figures; the rest is
 * text. Each family answers the kinds it owns and leaves the others: the project builds for Java
 * 17, where a {@code switch} cannot match the types of the sealed {@link StaffReply} yet.
 */
final class StaffMessages {

	private StaffMessages() {
	}

	/** With {@code lastYear} (may be null) the score card shows each indicator's change since the year before. */
	static List<Message> render(StaffReply reply, LastYear lastYear) {
		return List.of(ScoreCardMessage.of(reply, lastYear)
			.or(() -> ScoreDetailMessages.of(reply))
			.or(() -> WeaknessMessage.of(reply))
			.or(() -> OitMessages.of(reply))
			.or(() -> AccessMessages.of(reply))
			.or(() -> PopulationMessages.of(reply))
			.orElseThrow(() -> new IllegalArgumentException("no rendering for " + reply)));
	}
}
