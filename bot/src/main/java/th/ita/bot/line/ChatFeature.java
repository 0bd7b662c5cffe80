package th.ita.bot.line;

import java.util.List;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

/**
 * One feature of the bot (survey, staff, complaints...). The router offers every input first as an
 * explicit command (a menu word, a postback of this feature); then, if nobody claimed it, to the
 * feature in which the person has a flow open (free text inside a survey or a complaint).
 */
public interface ChatFeature {

	/** Replies to an explicit command or postback of this feature; empty when it is not one. */
	Optional<List<Message>> command(ChatInput input);

	/** Whether the person is in the middle of this feature's flow. */
	default boolean hasOpenFlow(String userId) {
		return false;
	}

	/**
	 * When the person last moved in this feature's open flow: with two flows open (a complaint
	 * started in the middle of a survey) free text goes to the more recent one.
	 */
	default java.time.Instant lastActivity(String userId) {
		return java.time.Instant.EPOCH;
	}

	/** Input inside the open flow (typed text, a photo...). */
	default List<Message> continueFlow(ChatInput input) {
		return List.of();
	}

	/** Messages added after the general help for this person (e.g. staff commands for staff). */
	default List<Message> help(String userId) {
		return List.of();
	}
}
