package th.ita.survey.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;


import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import th.ita.scoring.Form;
import th.ita.scoring.Item;
import th.ita.scoring.Instruments;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tool;
import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.anonymity.AttemptLimits;
import th.ita.survey.anonymity.DailyActivity;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;
import th.ita.survey.conversation.SurveySession.Phase;
import th.ita.survey.response.ResponseBuckets;
import th.ita.survey.response.SubmissionMarks;
import th.ita.survey.response.SurveyResponse;
import th.ita.survey.response.TallyStore;

/**
 * The survey conversation: one item at a time, back, cancel, a summary, submit once per person,
 * agency, form and fiscal year. State lives in MongoDB (keyed by a pseudonym), so any bot instance
 * can take the next message and a restart loses nothing; a {@link SessionCache} only saves reads.
 */
public class SurveyService {

	static final Duration IDLE_LIMIT = Duration.ofDays(30);

	static final int MAX_CODE_ATTEMPTS = 5;

	/** Wrong IIT access codes one person may try per agency and day, over all attempts. */
	static final int DAILY_CODE_LIMIT = 10;

	/** Wrong-code counters, keyed by a RATE_LIMIT pseudonym of person, agency and day. */
	public static final String CODE_ATTEMPTS = "code_attempts";

	private final Instruments instruments;

	private final AgencyDirectory agencies;

	private final SurveySessionRepository sessions;

	private final MongoTemplate mongo;

	private final TallyStore tallies;

	private final Pseudonyms pseudonyms;

	private final Clock clock;

	private final SessionCache cache;

	private final SubmissionMarks marks;

	/** Whether this instance has run the one-time startup work of {@link TallyStore#prepare}. */
	private volatile boolean prepared;

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
		this.instruments = instruments;
		this.agencies = agencies;
		this.sessions = sessions;
		this.mongo = mongo;
		this.tallies = tallies;
		this.pseudonyms = pseudonyms;
		this.clock = clock;
		this.cache = new SessionCache(cachedSessions);
		this.marks = new SubmissionMarks(mongo);
	}

	/** Whether this person has a survey under way (the bot routes free text to it then). */
	public boolean inProgress(String userId) {
		return current(pseudonyms.of(Purpose.CONVERSATION, userId)).isPresent();
	}

	/** When the person's survey in progress last changed; empty when none. */
	public Optional<Instant> lastActivity(String userId) {
		return current(pseudonyms.of(Purpose.CONVERSATION, userId)).map(SurveySession::getUpdatedAt);
	}

	public SurveyStep handle(String userId, SurveyCommand command) {
		// two messages of one person handled at once (two instances, a fast double tap): the loser
		// of the optimistic lock re-reads the session and handles its message against the new state
		String key = pseudonyms.of(Purpose.CONVERSATION, userId);
		for (int attempt = 1;; attempt++) {
			try {
				SessionCache.Hit hit = cache.get(key);
				if (hit != null && fresh(hit.session())) {
					SurveyStep step = handleOnce(userId, key, Optional.of(hit.session()), command);
					if (!cache.holds(key, hit.entry())) {
						return step; // saved or deleted: the version check vouched for the state it began from
					}
					// nothing written: another instance may have moved this survey on, so answer
					// from the database (cheap: taps that change nothing are few)
				}
				return handleOnce(userId, key, current(key), command);
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
				cache.evict(key);
				if (attempt >= 5) {
					throw ex;
				}
			}
			catch (RuntimeException ex) {
				cache.evict(key);
				throw ex;
			}
		}
	}

	private SurveyStep handleOnce(String userId, String key, Optional<SurveySession> found, SurveyCommand command) {
		if (found.isPresent() && found.get().getPhase() == Phase.SUBMITTING) {
			// a submit was interrupted: finish it before anything else
			SurveySession s = found.get();
			finishSubmit(s);
			return new SurveyStep.Submitted(s.getTool(), agency(s), s.getFiscalYear());
		}
		if (command instanceof SurveyCommand.Start start) {
			return start(userId, key, found, start);
		}
		if (found.isEmpty()) {
			return new SurveyStep.NoSurvey();
		}
		SurveySession session = found.get();
		if (command instanceof SurveyCommand.Choose choose) {
			return choose(session, choose);
		}
		if (command instanceof SurveyCommand.Text text) {
			if (session.getPhase() == Phase.AWAITING_CODE) {
				return accessCode(userId, session, text.text());
			}
			return typed(session, text.text());
		}
		if (command instanceof SurveyCommand.Other) {
			if (session.getPhase() == Phase.AWAITING_CODE) {
				return new SurveyStep.AskAccessCode(agency(session), false);
			}
			return again(session, SurveyStep.Hint.USE_BUTTONS);
		}
		if (command instanceof SurveyCommand.Back) {
			return back(session);
		}
		if (command instanceof SurveyCommand.Cancel) {
			if (session.getPhase() == Phase.AWAITING_CODE) {
				delete(session); // nothing answered yet: nothing to confirm
				return new SurveyStep.Cancelled(session.getTool(), agency(session));
			}
			return new SurveyStep.ConfirmCancel(session.getTool(), agency(session), session.getAnswers().size(),
					form(session).items().size());
		}
		if (command instanceof SurveyCommand.CancelConfirmed confirmed) {
			if (confirmed.tool() != null && (confirmed.tool() != session.getTool()
					|| !session.getAgency().equals(Agency.normalize(confirmed.agency())))) {
				return again(session, SurveyStep.Hint.STALE_BUTTON);
			}
			delete(session);
			return new SurveyStep.Cancelled(session.getTool(), agency(session));
		}
		if (command instanceof SurveyCommand.Edit edit) {
			return edit(session, edit);
		}
		if (command instanceof SurveyCommand.Resume) {
			if (session.getPhase() == Phase.AWAITING_CODE) {
				return new SurveyStep.AskAccessCode(agency(session), false);
			}
			return again(session, SurveyStep.Hint.RESUMED);
		}
		if (command instanceof SurveyCommand.Submit) {
			if (session.getPhase() != Phase.REVIEW) {
				return again(session, SurveyStep.Hint.STALE_BUTTON);
			}
			return submit(userId, session);
		}
		throw new IllegalArgumentException("unhandled command " + command);
	}

	private SurveyStep start(String userId, String key, Optional<SurveySession> found, SurveyCommand.Start start) {
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
				return start.accessCode() == null ? new SurveyStep.AskAccessCode(a, false) : accessCode(userId, s, start.accessCode());
			}
			if (same) {
				return again(s, SurveyStep.Hint.RESUMED);
			}
			if (s.getPhase() != Phase.AWAITING_CODE) {
				return new SurveyStep.OtherSurveyInProgress((SurveyStep.Ask) ask(s, SurveyStep.Hint.RESUMED));
			}
			delete(s);
		}
		int fiscalYear = FiscalYear.of(today());
		if (marks.marked(markId(userId, a.code(), start.tool(), fiscalYear), fiscalYear)) {
			return new SurveyStep.AlreadySubmitted(start.tool(), a, fiscalYear);
		}
		if (start.tool() == Tool.IIT) {
			SurveySession s = new SurveySession(key, start.tool(), a.code(), fiscalYear, Phase.AWAITING_CODE, clock.instant());
			if (start.accessCode() == null) {
				save(s);
				return new SurveyStep.AskAccessCode(a, false);
			}
			return accessCode(userId, save(s), start.accessCode());
		}
		SurveySession s = save(new SurveySession(key, start.tool(), a.code(), fiscalYear, Phase.ANSWERING, clock.instant()));
		return ask(s, null);
	}

	private SurveyStep accessCode(String userId, SurveySession session, String code) {
		Agency agency = agency(session);
		// five wrong codes drop the attempt, but starting again is free: without a daily limit one
		// person could try every code of a pattern (the benchmark found PKT2569 after 2,570 tries)
		// every try takes one of the day's attempts first, in one guarded upsert, so concurrent
		// guesses cannot all pass a check made before any of them was counted; a right code gives it back
		// (expiring at a midnight: an expiry counted from now would date the person's first try)
		String limiter = pseudonyms.of(Purpose.RATE_LIMIT, "IIT_CODE", userId, agency.code(), today().toString());
		if (!AttemptLimits.take(mongo, CODE_ATTEMPTS, limiter, "n", DAILY_CODE_LIMIT,
				Date.from(today().plusDays(2).atStartOfDay(clock.getZone()).toInstant()))) {
			delete(session);
			return new SurveyStep.AccessLocked(agency);
		}
		String expected = agency.iitAccessCode();
		if (expected != null && !expected.isBlank() && expected.trim().equalsIgnoreCase(code.trim())) {
			AttemptLimits.giveBack(mongo, CODE_ATTEMPTS, limiter, "n");
			session.setPhase(Phase.ANSWERING);
			session.setCursor(0);
			return ask(save(session), null);
		}
		session.setCodeAttempts(session.getCodeAttempts() + 1);
		if (session.getCodeAttempts() >= MAX_CODE_ATTEMPTS) {
			delete(session);
			return new SurveyStep.AccessDenied(agency);
		}
		save(session);
		return new SurveyStep.AskAccessCode(agency, true);
	}

	private SurveyStep choose(SurveySession session, SurveyCommand.Choose choose) {
		if (session.getPhase() == Phase.AWAITING_CODE) {
			return new SurveyStep.AskAccessCode(agency(session), false);
		}
		Form form = form(session);
		boolean sameSurvey = choose.tool() == session.getTool() && session.getAgency().equals(Agency.normalize(choose.agency()));
		if (session.getPhase() != Phase.ANSWERING || !sameSurvey) {
			return again(session, SurveyStep.Hint.STALE_BUTTON);
		}
		Item current = form.items().get(session.getCursor());
		if (!current.id().equals(choose.item()) || current.scale().indexOf(choose.value()) < 0) {
			return again(session, SurveyStep.Hint.STALE_BUTTON);
		}
		return record(session, form, current, choose.value());
	}

	/** Records an answer to the item shown and moves on: to the next item, or back to the summary. */
	private SurveyStep record(SurveySession session, Form form, Item current, String value) {
		session.answer(current.id(), value);
		if (session.isEditing() || session.getCursor() + 1 >= form.items().size()) {
			session.setEditing(false);
			session.setPhase(allAnswered(session, form) ? Phase.REVIEW : Phase.ANSWERING);
			if (session.getPhase() == Phase.ANSWERING) {
				session.setCursor(firstUnanswered(session, form));
			}
		}
		else {
			session.setCursor(session.getCursor() + 1);
		}
		return again(save(session), null);
	}

	/**
	 * Typed text: the item shown is the only one it can answer (its number or words), so a typed
	 * answer can never land on another item; anything else gets a hint and the same step again.
	 */
	private SurveyStep typed(SurveySession session, String text) {
		if (session.getPhase() == Phase.ANSWERING) {
			Form form = form(session);
			Item current = form.items().get(session.getCursor());
			Optional<String> value = TypedAnswer.match(current.scale(), text);
			if (value.isPresent()) {
				return record(session, form, current, value.get());
			}
			return again(session, returning(session) ? SurveyStep.Hint.RESUMED : SurveyStep.Hint.USE_BUTTONS);
		}
		return again(session, returning(session) ? SurveyStep.Hint.RESUMED : SurveyStep.Hint.AT_SUMMARY);
	}

	/** From the summary to one item; answering it returns to the summary. */
	private SurveyStep edit(SurveySession session, SurveyCommand.Edit edit) {
		Form form = form(session);
		List<Item> items = form.items();
		int index = -1;
		for (int i = 0; i < items.size(); i++) {
			if (edit.item() != null ? items.get(i).id().equals(edit.item()) : edit.number() == i + 1) {
				index = i;
			}
		}
		// an answered item can be opened from the summary, or mid-survey ("แก้ไขข้อ 3" at item 9):
		// after answering it the person is back where they were
		if (index < 0 || session.getPhase() == Phase.AWAITING_CODE || session.answerTo(items.get(index).id()).isEmpty()) {
			return again(session, session.getPhase() == Phase.REVIEW ? SurveyStep.Hint.AT_SUMMARY : SurveyStep.Hint.USE_BUTTONS);
		}
		session.setPhase(Phase.ANSWERING);
		session.setEditing(true);
		session.setCursor(index);
		return ask(save(session), null);
	}

	private static boolean allAnswered(SurveySession session, Form form) {
		return firstUnanswered(session, form) >= form.items().size();
	}

	private static int firstUnanswered(SurveySession session, Form form) {
		List<Item> items = form.items();
		int i = 0;
		while (i < items.size() && session.answerTo(items.get(i).id()).isPresent()) {
			i++;
		}
		return i;
	}

	private SurveyStep back(SurveySession session) {
		if (session.getPhase() == Phase.AWAITING_CODE) {
			delete(session);
			return new SurveyStep.Cancelled(session.getTool(), agency(session));
		}
		if (session.getPhase() == Phase.REVIEW) {
			session.setPhase(Phase.ANSWERING);
		}
		else if (session.isEditing()) {
			// back from an item opened to change it: where the person was, the answer unchanged
			Form form = form(session);
			session.setEditing(false);
			if (allAnswered(session, form)) {
				session.setPhase(Phase.REVIEW);
				return review(save(session), null);
			}
			session.setCursor(firstUnanswered(session, form));
		}
		else if (session.getCursor() > 0) {
			session.setCursor(session.getCursor() - 1);
		}
		return ask(save(session), null);
	}

	private SurveyStep submit(String userId, SurveySession session) {
		String markId = markId(userId, session.getAgency(), session.getTool(), session.getFiscalYear());
		if (marks.marked(markId, session.getFiscalYear())) {
			delete(session);
			return new SurveyStep.AlreadySubmitted(session.getTool(), agency(session), session.getFiscalYear());
		}
		// draw the response id and remember the mark to write, then run idempotent steps
		session.setPhase(Phase.SUBMITTING);
		session.setResponseId(ResponseBuckets.newKey());
		session.setPendingMark(markId);
		SurveySession saved = save(session);
		finishSubmit(saved);
		return new SurveyStep.Submitted(saved.getTool(), agency(saved), saved.getFiscalYear());
	}

	/**
	 * The submit steps, each safe to repeat: store the sheet in its bucket and count it (one atomic
	 * update, once per random key), add the "already submitted" mark to its sorted bucket, drop the
	 * session. A crash anywhere leaves the session in SUBMITTING; the next message or the sweep runs
	 * this again from the top. Nothing is logged per submit (see DailyActivity).
	 */
	void finishSubmit(SurveySession session) {
		SurveyResponse response = new SurveyResponse(session.getResponseId(), session.getTool(), session.getAgency(),
				session.getFiscalYear(), List.copyOf(session.getAnswers()), today(), false);
		if (tallies.apply(response)) {
			DailyActivity.LOG.count(today(), session.getTool() + " responses", session.getAgency());
		}
		marks.mark(session.getPendingMark(), session.getFiscalYear());
		delete(session);
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
		Instant now = clock.instant();
		int converted = prepared ? 0 : tallies.prepare();
		prepared = true;
		int submits = 0;
		for (SurveySession s : sessions.findByPhaseAndUpdatedAtBefore(Phase.SUBMITTING, now.minusSeconds(30))) {
			finishSubmit(s);
			submits++;
		}
		long expired = sessions.deleteByUpdatedAtBefore(now.minus(IDLE_LIMIT)); // cached ones expire by age too
		mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(now))), CODE_ATTEMPTS);
		DailyActivity.LOG.flush(today());
		return new RecoveryReport(submits, converted, expired);
	}

	public record RecoveryReport(int submitsFinished, int responsesCounted, long idleSessionsDeleted) {
	}

	/** Someone writing after a long pause is welcomed back rather than corrected. */
	private boolean returning(SurveySession session) {
		return session.getUpdatedAt().isBefore(clock.instant().minus(Duration.ofHours(1)));
	}

	private SurveyStep again(SurveySession session, SurveyStep.Hint hint) {
		return session.getPhase() == Phase.REVIEW ? review(session, hint) : ask(session, hint);
	}

	private SurveyStep ask(SurveySession session, SurveyStep.Hint hint) {
		if (session.getPhase() == Phase.AWAITING_CODE) {
			// never an item before the code: a forged "submit" or "resume" tap showed IIT item 1 here
			return new SurveyStep.AskAccessCode(agency(session), false);
		}
		if (session.getPhase() == Phase.REVIEW) {
			return review(session, hint);
		}
		Form form = form(session);
		Item item = form.items().get(session.getCursor());
		return new SurveyStep.Ask(session.getTool(), agency(session), form.questionOf(item), item, session.getCursor() + 1,
				form.items().size(), session.answerTo(item.id()).orElse(null), hint, session.isEditing());
	}

	private SurveyStep review(SurveySession session, SurveyStep.Hint hint) {
		Form form = form(session);
		List<SurveyStep.ReviewLine> lines = new ArrayList<>();
		List<Item> items = form.items();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			int number = i + 1;
			session.answerTo(item.id()).ifPresent(v -> {
				int option = item.scale().indexOf(v);
				var question = form.questionOf(item);
				lines.add(new SurveyStep.ReviewLine(item.id(), option < 0 ? v : item.scale().options().get(option).label(),
						number, form.indicatorOf(item).name(), Wording.stem(question, item), Wording.of(question, item)));
			});
		}
		return new SurveyStep.Review(session.getTool(), agency(session), lines, lines.size(), items.size(), hint);
	}

	/**
	 * The session's form is the instrument of the fiscal year the survey was started in: one that
	 * straddles 1 October is finished, and counted, on the instrument it began with.
	 */
	private Form form(SurveySession session) {
		return instruments.forYear(session.getFiscalYear()).form(session.getTool());
	}

	/** The person's session as the database has it; an abandoned one (30 days idle) is dropped. */
	private Optional<SurveySession> current(String key) {
		Optional<SurveySession> s = sessions.findById(key);
		if (s.isPresent() && !fresh(s.get())) {
			cache.evict(key);
			sessions.deleteById(key); // by id: the sweep may have removed it already
			return Optional.empty();
		}
		s.ifPresentOrElse(cache::put, () -> cache.evict(key));
		return s;
	}

	private boolean fresh(SurveySession session) {
		return session.getPhase() == Phase.SUBMITTING || !session.getUpdatedAt().isBefore(clock.instant().minus(IDLE_LIMIT));
	}

	private SurveySession save(SurveySession session) {
		session.touch(clock.instant());
		SurveySession saved = sessions.save(session);
		cache.put(saved);
		return saved;
	}

	private void delete(SurveySession session) {
		cache.evict(session.getId());
		sessions.delete(session);
	}

	private Agency agency(SurveySession session) {
		return agencies.find(session.getAgency()).orElse(new Agency(session.getAgency(), session.getAgency(), null, null, null));
	}


	private String markId(String userId, String agency, Tool tool, int fiscalYear) {
		return pseudonyms.of(Purpose.SUBMITTED, userId, agency, tool.name(), String.valueOf(fiscalYear));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
