package th.ita.bot.support;

import java.util.Optional;

import org.springframework.context.ApplicationContext;

import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.conversation.SurveySession;
import th.ita.survey.conversation.SurveySessionRepository;

/**
 * A person's stored survey session, found by their own key and read by the survey engine's
 * repository: tests look at their own person's answers, never at "the" session in the collection.
 */
public record Sessions(SurveySessionRepository sessions, Pseudonyms pseudonyms) {

	/** For a bot started by the test itself. */
	public static Sessions of(ApplicationContext bot) {
		return new Sessions(bot.getBean(SurveySessionRepository.class), bot.getBean(Pseudonyms.class));
	}

	public Optional<SurveySession> of(String userId) {
		return sessions.findById(pseudonyms.of(Pseudonyms.Purpose.CONVERSATION, userId));
	}

	public Optional<SurveySession> of(ChatUser person) {
		return of(person.userId());
	}
}
