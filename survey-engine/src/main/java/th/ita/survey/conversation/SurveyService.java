package th.ita.survey.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.scoring.Instruments;
import th.ita.scoring.Scheme;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;
import th.ita.survey.conversation.SurveySession.Phase;
import th.ita.survey.response.SubmissionMarks;
import th.ita.survey.response.SurveyResponse;
import th.ita.survey.response.TallyStore;

/**
 * The survey conversation: one item at a time, back, cancel, a summary, submit once per person,
 * agency, form and fiscal year. State lives in MongoDB (keyed by a pseudonym), so any bot instance
 * can take the next message and a restart loses nothing; a {@link SessionCache} only saves reads.
 * <p>
 * The entry point: it routes each command to the part doing that job, {@link SurveyStart} (starting
 * or resuming, with the IIT's {@link AccessCodeCheck}), {@link Answering} (steps inside a survey),
 * {@link Submission} (the crash-safe submit) and {@link SurveyUpkeep} (the sweep), all reading and
 * writing sessions through one {@link SessionStore}. The parts are records of their collaborators,
 * built once here.
 */
public class SurveyService {

	/** Wrong-code counters, keyed by a RATE_LIMIT pseudonym of person, agency and day. */
	public static final String CODE_ATTEMPTS = "code_attempts";

	private final Pseudonyms pseudonyms;

	private final TallyStore tallies;

	private final SessionStore store;

	private final SurveyScreens screens;

	private final SurveyStart starting;

	private final AccessCodeCheck accessCodes;

	private final Answering answering;

	private final Submission submission;

	private final SurveyUpkeep upkeep;

	public SurveyService(Scheme scheme, AgencyDirectory agencies, SurveySessionRepository sessions, MongoTemplate mongo,
			TallyStore tallies, Pseudonyms pseudonyms, Clock clock) {
		this(Instruments.of(scheme), agencies, sessions, mongo, tallies, pseudonyms, clock, 0);
	}

	/** One instrument for every year (tests). */
	public SurveyService(Scheme scheme, AgencyDirectory agencies, SurveySessionRepository sessions, MongoTemplate mongo,
			TallyStore tallies, Pseudonyms pseudonyms, Clock clock, int cachedSessions) {
		this(Instruments.of(scheme), agencies, sessions, mongo, tallies, pseudonyms, clock, cachedSessions);
	}

	/**
	 * @param cachedSessions how many recently active sessions to keep in memory (0: none); see
	 * {@link SessionCache} for why that stays correct with several instances on one database
	 */
	public SurveyService(Instruments instruments, AgencyDirectory agencies, SurveySessionRepository sessions,
			MongoTemplate mongo, TallyStore tallies, Pseudonyms pseudonyms, Clock clock, int cachedSessions) {
		this.pseudonyms = pseudonyms;
		this.tallies = tallies;
		this.store = new SessionStore(sessions, new SessionCache(cachedSessions), clock);
		this.screens = new SurveyScreens(instruments, agencies);
		this.submission = new Submission(store, screens, tallies, new SubmissionMarks(mongo), pseudonyms, clock);
		this.accessCodes = new AccessCodeCheck(store, screens, mongo, pseudonyms, clock);
		this.starting = new SurveyStart(agencies, store, screens, accessCodes, submission, clock);
		this.answering = new Answering(store, screens, clock);
		this.upkeep = new SurveyUpkeep(store, submission, tallies, mongo, clock);
	}

	/** Whether this person has a survey under way (the bot routes free text to it then). */
	public boolean inProgress(String userId) {
		return store.current(pseudonyms.of(Purpose.CONVERSATION, userId)).isPresent();
	}

	/** When the person's survey in progress last changed; empty when none. */
	public Optional<Instant> lastActivity(String userId) {
		return store.current(pseudonyms.of(Purpose.CONVERSATION, userId)).map(SurveySession::getUpdatedAt);
	}

	public SurveyStep handle(String userId, SurveyCommand command) {
		String key = pseudonyms.of(Purpose.CONVERSATION, userId);
		try {
			return Conflicts.retried(() -> handleFromCache(userId, key, command), () -> store.forget(key));
		}
		catch (RuntimeException ex) {
			store.forget(key);
			throw ex;
		}
	}

	private SurveyStep handleFromCache(String userId, String key, SurveyCommand command) {
		SessionCache.Hit hit = store.cached(key);
		if (hit != null && store.fresh(hit.session())) {
			SurveyStep step = handleOnce(userId, key, Optional.of(hit.session()), command);
			if (!store.unchangedSince(key, hit)) {
				return step; // saved or deleted: the version check vouched for the state it began from
			}
			// nothing written: another instance may have moved this survey on, so answer
			// from the database (cheap: taps that change nothing are few)
		}
		return handleOnce(userId, key, store.current(key), command);
	}

	private SurveyStep handleOnce(String userId, String key, Optional<SurveySession> found, SurveyCommand command) {
		if (found.isPresent() && found.get().getPhase() == Phase.SUBMITTING) {
			// a submit was interrupted: finish it before anything else
			return submission.finishInterrupted(found.get());
		}
		if (command instanceof SurveyCommand.Start start) {
			return starting.start(userId, key, found, start);
		}
		if (found.isEmpty()) {
			return new SurveyStep.NoSurvey();
		}
		SurveySession session = found.get();
		boolean awaitingCode = session.getPhase() == Phase.AWAITING_CODE;
		if (command instanceof SurveyCommand.Choose choose) {
			return answering.choose(session, choose);
		}
		if (command instanceof SurveyCommand.Text text) {
			return awaitingCode ? accessCodes.check(userId, session, text.text()) : answering.typed(session, text.text());
		}
		if (command instanceof SurveyCommand.Other) {
			return awaitingCode ? new SurveyStep.AskAccessCode(screens.agency(session), false)
					: screens.again(session, SurveyStep.Hint.USE_BUTTONS);
		}
		if (command instanceof SurveyCommand.Back) {
			return answering.back(session);
		}
		if (command instanceof SurveyCommand.Cancel) {
			return answering.cancel(session);
		}
		if (command instanceof SurveyCommand.CancelConfirmed confirmed) {
			return answering.cancelConfirmed(session, confirmed);
		}
		if (command instanceof SurveyCommand.Edit edit) {
			return answering.edit(session, edit);
		}
		if (command instanceof SurveyCommand.Resume) {
			return awaitingCode ? new SurveyStep.AskAccessCode(screens.agency(session), false)
					: screens.again(session, SurveyStep.Hint.RESUMED);
		}
		if (command instanceof SurveyCommand.Submit) {
			// only from the summary: an old submit button tapped mid-survey submits nothing
			return session.getPhase() == Phase.REVIEW ? submission.submit(userId, session)
					: screens.again(session, SurveyStep.Hint.STALE_BUTTON);
		}
		throw new IllegalArgumentException("unhandled command " + command);
	}

	/** Stores and counts a response once (test fixtures and imports; the chat goes through submit). */
	public void countResponse(SurveyResponse response) {
		tallies.apply(response);
	}

	/**
	 * Finishes what a crash interrupted: submits left in SUBMITTING; converts the old storage layout
	 * and checks the published figures against the counters (at the first run); forgets sessions idle
	 * for 30 days (the TTL index does it on MongoDB, the embedded server never expires documents);
	 * logs the counts of days that are over.
	 */
	public RecoveryReport recover() {
		return upkeep.recover();
	}

	public record RecoveryReport(int submitsFinished, int responsesCounted, long idleSessionsDeleted) {
	}

	/** The submit steps of a session already confirmed (tests of crash recovery). */
	void finishSubmit(SurveySession session) {
		submission.finish(session);
	}
}
