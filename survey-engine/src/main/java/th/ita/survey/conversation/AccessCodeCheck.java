package th.ita.survey.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.agency.Agency;
import th.ita.survey.anonymity.AttemptLimits;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;
import th.ita.survey.conversation.SurveySession.Phase;

/**
 * The IIT's gate: the agency's access code, checked before the first item. Wrong codes are limited
 * per attempt ({@value #MAX_CODE_ATTEMPTS}) and per person, agency and day ({@value #DAILY_CODE_LIMIT},
 * counted in {@link SurveyService#CODE_ATTEMPTS}).
 */
record AccessCodeCheck(SessionStore store, SurveyScreens screens, MongoTemplate mongo, Pseudonyms pseudonyms,
		Clock clock) {

	static final int MAX_CODE_ATTEMPTS = 5;

	/** Wrong IIT access codes one person may try per agency and day, over all attempts. */
	static final int DAILY_CODE_LIMIT = 10;

	/** A code typed for a session AWAITING_CODE: the first item if right, else the question again or the end. */
	SurveyStep check(String userId, SurveySession session, String code) {
		Agency agency = screens.agency(session);
		// five wrong codes drop the attempt, but starting again is free: without a daily limit one
		// person could try every code of a pattern (the benchmark found PKT2569 after 2,570 tries)
		// every try takes one of the day's attempts first, in one guarded upsert, so concurrent
		// guesses cannot all pass a check made before any of them was counted; a right code gives it back
		// (expiring at a midnight: an expiry counted from now would date the person's first try)
		String limiter = pseudonyms.of(Purpose.RATE_LIMIT, "IIT_CODE", userId, agency.code(), today().toString());
		if (!AttemptLimits.take(mongo, SurveyService.CODE_ATTEMPTS, limiter, "n", DAILY_CODE_LIMIT,
				Date.from(today().plusDays(2).atStartOfDay(clock.getZone()).toInstant()))) {
			store.delete(session);
			return new SurveyStep.AccessLocked(agency);
		}
		String expected = agency.iitAccessCode();
		if (expected != null && !expected.isBlank() && expected.trim().equalsIgnoreCase(code.trim())) {
			AttemptLimits.giveBack(mongo, SurveyService.CODE_ATTEMPTS, limiter, "n");
			session.setPhase(Phase.ANSWERING);
			session.setCursor(0);
			return screens.ask(store.save(session), null);
		}
		session.setCodeAttempts(session.getCodeAttempts() + 1);
		if (session.getCodeAttempts() >= MAX_CODE_ATTEMPTS) {
			store.delete(session);
			return new SurveyStep.AccessDenied(agency);
		}
		store.save(session);
		return new SurveyStep.AskAccessCode(agency, true);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
