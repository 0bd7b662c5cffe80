package th.ita.survey.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.conversation.SurveySession.Phase;

/**
 * Starting a survey: the agency and form asked for, checked against the session already under way
 * (resumed if it is the same survey, kept if another) and against this year's "already submitted"
 * mark; a new session is fixed to the fiscal year of today, and an IIT waits for the access code.
 */
record SurveyStart(AgencyDirectory agencies, SessionStore store, SurveyScreens screens, AccessCodeCheck accessCodes,
		Submission submission, Clock clock) {

	SurveyStep start(String userId, String key, Optional<SurveySession> found, SurveyCommand.Start start) {
		if (start.tool() == Tool.OIT) {
			throw new IllegalArgumentException("OIT is a checklist judged by staff, not a survey");
		}
		Optional<Agency> agency = agencies.find(start.agency());
		if (agency.isEmpty()) {
			return new SurveyStep.UnknownAgency(start.agency());
		}
		Agency a = agency.get();
		if (found.isPresent()) {
			SurveySession s = found.get();
			boolean same = s.getTool() == start.tool() && s.getAgency().equals(a.code());
			if (same && s.getPhase() == Phase.AWAITING_CODE) {
				return start.accessCode() == null ? new SurveyStep.AskAccessCode(a, false)
						: accessCodes.check(userId, s, start.accessCode());
			}
			if (same) {
				return screens.again(s, SurveyStep.Hint.RESUMED);
			}
			if (s.getPhase() != Phase.AWAITING_CODE) {
				return new SurveyStep.OtherSurveyInProgress((SurveyStep.Ask) screens.ask(s, SurveyStep.Hint.RESUMED));
			}
			store.delete(s);
		}
		int fiscalYear = FiscalYear.of(LocalDate.now(clock));
		if (submission.alreadySubmitted(userId, a.code(), start.tool(), fiscalYear)) {
			return new SurveyStep.AlreadySubmitted(start.tool(), a, fiscalYear);
		}
		if (start.tool() == Tool.IIT) {
			SurveySession s = new SurveySession(key, start.tool(), a.code(), fiscalYear, Phase.AWAITING_CODE, clock.instant());
			if (start.accessCode() == null) {
				store.save(s);
				return new SurveyStep.AskAccessCode(a, false);
			}
			return accessCodes.check(userId, store.save(s), start.accessCode());
		}
		SurveySession s = store.save(new SurveySession(key, start.tool(), a.code(), fiscalYear, Phase.ANSWERING, clock.instant()));
		return screens.ask(s, null);
	}
}
