package th.ita.survey.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import th.ita.survey.conversation.SurveySession.Phase;

/**
 * Where sessions are read and written: the repository, the {@link SessionCache} in front of it and
 * the 30-day idle rule. Every save stamps the session's time and goes through the version check,
 * so the cache is only a saved read, never the truth.
 */
record SessionStore(SurveySessionRepository sessions, SessionCache cache, Clock clock) {

	static final Duration IDLE_LIMIT = Duration.ofDays(30);

	/** A private copy of the cached session, or null (see {@link SurveyService#handle}). */
	SessionCache.Hit cached(String key) {
		return cache.get(key);
	}

	/** Whether nothing was saved or deleted for this key since the hit. */
	boolean unchangedSince(String key, SessionCache.Hit hit) {
		return cache.holds(key, hit.entry());
	}

	/** Drops the cached copy: the next look-up reads the database. */
	void forget(String key) {
		cache.evict(key);
	}

	/** The person's session as the database has it; an abandoned one (30 days idle) is dropped. */
	Optional<SurveySession> current(String key) {
		Optional<SurveySession> s = sessions.findById(key);
		if (s.isPresent() && !fresh(s.get())) {
			cache.evict(key);
			sessions.deleteById(key); // by id: the sweep may have removed it already
			return Optional.empty();
		}
		s.ifPresentOrElse(cache::put, () -> cache.evict(key));
		return s;
	}

	boolean fresh(SurveySession session) {
		return !session.expired(IDLE_LIMIT, clock.instant());
	}

	SurveySession save(SurveySession session) {
		session.touch(clock.instant());
		SurveySession saved = sessions.save(session);
		cache.put(saved);
		return saved;
	}

	void delete(SurveySession session) {
		cache.evict(session.getId());
		sessions.delete(session);
	}

	/** Submits confirmed before {@code before} and not finished: a crash interrupted them. */
	List<SurveySession> interruptedSubmits(Instant before) {
		return sessions.findByPhaseAndUpdatedAtBefore(Phase.SUBMITTING, before);
	}

	/** Deletes the sessions idle for 30 days at {@code now}; returns how many. */
	long deleteIdle(Instant now) {
		return sessions.deleteByUpdatedAtBefore(now.minus(IDLE_LIMIT)); // cached ones expire by age too
	}
}
