package th.ita.survey.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import th.ita.scoring.Tool;
import th.ita.survey.anonymity.DailyActivity;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;
import th.ita.survey.conversation.SurveySession.Phase;
import th.ita.survey.response.ResponseBuckets;
import th.ita.survey.response.SubmissionMarks;
import th.ita.survey.response.SurveyResponse;
import th.ita.survey.response.TallyStore;

/**
 * Submitting a finished sheet, once per person, agency, form and fiscal year. The embedded server
 * has no transactions, so the submit is a row of steps each safe to repeat, driven by the session:
 * a crash between them leaves it in SUBMITTING, and {@link #finish} runs them again from the top.
 * The stored sheet carries no userId and only the day it came in.
 */
record Submission(SessionStore store, SurveyScreens screens, TallyStore tallies, SubmissionMarks marks,
		Pseudonyms pseudonyms, Clock clock) {

	/** Whether this person has already submitted this form for this agency in this fiscal year. */
	boolean alreadySubmitted(String userId, String agency, Tool tool, int fiscalYear) {
		return marks.marked(markId(userId, agency, tool, fiscalYear), fiscalYear);
	}

	SurveyStep submit(String userId, SurveySession session) {
		String markId = markId(userId, session.getAgency(), session.getTool(), session.getFiscalYear());
		if (marks.marked(markId, session.getFiscalYear())) {
			store.delete(session);
			return new SurveyStep.AlreadySubmitted(session.getTool(), screens.agency(session), session.getFiscalYear());
		}
		// draw the response id and remember the mark to write, then run idempotent steps
		session.setPhase(Phase.SUBMITTING);
		session.setResponseId(ResponseBuckets.newKey());
		session.setPendingMark(markId);
		SurveySession saved = store.save(session);
		finish(saved);
		return new SurveyStep.Submitted(saved.getTool(), screens.agency(saved), saved.getFiscalYear());
	}

	/** A submit found interrupted by the person's next message: finished before anything else. */
	SurveyStep finishInterrupted(SurveySession session) {
		finish(session);
		return new SurveyStep.Submitted(session.getTool(), screens.agency(session), session.getFiscalYear());
	}

	/**
	 * The submit steps, each safe to repeat: store the sheet in its bucket and count it (one atomic
	 * update, once per random key), add the "already submitted" mark to its sorted bucket, drop the
	 * session. A crash anywhere leaves the session in SUBMITTING; the next message or the sweep runs
	 * this again from the top. Nothing is logged per submit (see DailyActivity).
	 */
	void finish(SurveySession session) {
		SurveyResponse response = new SurveyResponse(session.getResponseId(), session.getTool(), session.getAgency(),
				session.getFiscalYear(), List.copyOf(session.getAnswers()), today(), false);
		if (tallies.apply(response)) {
			DailyActivity.LOG.count(today(), session.getTool() + " responses", session.getAgency());
		}
		marks.mark(session.getPendingMark(), session.getFiscalYear());
		store.delete(session);
	}

	private String markId(String userId, String agency, Tool tool, int fiscalYear) {
		return pseudonyms.of(Purpose.SUBMITTED, userId, agency, tool.name(), String.valueOf(fiscalYear));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
