package th.ita.survey.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import th.ita.survey.anonymity.DailyActivity;
import th.ita.survey.response.TallyStore;

/**
 * The sweep run at start and every few minutes: what a crash interrupted, and what the embedded
 * server never expires on its own (it accepts TTL indexes but ignores them). {@code prepared}: whether
 * this instance has run the one-time startup work of {@link TallyStore#prepare}.
 */
record SurveyUpkeep(SessionStore store, Submission submission, TallyStore tallies, MongoTemplate mongo, Clock clock,
		AtomicBoolean prepared) {

	SurveyUpkeep(SessionStore store, Submission submission, TallyStore tallies, MongoTemplate mongo, Clock clock) {
		this(store, submission, tallies, mongo, clock, new AtomicBoolean());
	}

	/** See {@link SurveyService#recover}. */
	SurveyService.RecoveryReport recover() {
		Instant now = clock.instant();
		int converted = prepared.get() ? 0 : tallies.prepare();
		prepared.set(true);
		int submits = 0;
		// left alone for 30 s: a younger submit is most likely still running
		for (SurveySession s : store.interruptedSubmits(now.minusSeconds(30))) {
			submission.finish(s);
			submits++;
		}
		long expired = store.deleteIdle(now);
		mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(now))), SurveyService.CODE_ATTEMPTS);
		DailyActivity.LOG.flush(LocalDate.now(clock));
		return new SurveyService.RecoveryReport(submits, converted, expired);
	}
}
