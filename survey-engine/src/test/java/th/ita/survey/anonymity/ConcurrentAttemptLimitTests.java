package th.ita.survey.anonymity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.ita.scoring.Tool;
import th.ita.survey.complaint.ComplaintCommand;
import th.ita.survey.complaint.ComplaintService;
import th.ita.survey.complaint.ComplaintStep;
import th.ita.survey.complaint.RateLimiter;
import th.ita.survey.complaint.ReceiptCodes;
import th.ita.survey.conversation.SurveyCommand;
import th.ita.survey.conversation.SurveyService;
import th.ita.survey.conversation.SurveyStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the daily limits of 10 wrong receipt codes and 10 wrong IIT access codes were checked
 * before and counted after the slow part, so 30 guesses sent at once all passed the check. Sent at
 * once now, they still get at most 10 tries.
 */
class ConcurrentAttemptLimitTests {

	static final String USER = "Uaaaabbbbccccddddeeeeffff00001111";

	static final int GUESSES = 30;

	SurveyRig rig;

	ExecutorService pool = Executors.newFixedThreadPool(GUESSES);

	@BeforeEach
	void start() {
		rig = new SurveyRig("LIM", "LIM-RIGHT");
	}

	@AfterEach
	void stop() throws InterruptedException {
		pool.shutdownNow();
		pool.awaitTermination(10, TimeUnit.SECONDS);
		rig.close();
	}

	/** Runs the same call {@value #GUESSES} times at once; a call that threw gives null. */
	<T> List<T> atOnce(Callable<T> guess) throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (int i = 0; i < GUESSES; i++) {
			futures.add(pool.submit(() -> {
				go.await();
				try {
					return guess.call();
				}
				catch (RuntimeException raced) {
					return null;
				}
			}));
		}
		go.countDown();
		List<T> out = new ArrayList<>();
		for (Future<T> f : futures) {
			out.add(f.get(120, TimeUnit.SECONDS));
		}
		return out;
	}

	@Test
	void thirtyConcurrentTakesOfALimitOfTenGetTen() throws Exception {
		RateLimiter limits = new RateLimiter(rig.mongo, new Pseudonyms(SurveyRig.SECRET), rig.clock);
		List<Boolean> taken = atOnce(() -> limits.tryAcquire(USER, RateLimiter.Action.WRONG_CODE, 10));
		assertThat(taken).filteredOn(Boolean.TRUE::equals).hasSize(10);
		assertThat(limits.used(USER, RateLimiter.Action.WRONG_CODE)).isEqualTo(10);
	}

	@Test
	void thirtyConcurrentReceiptCodeGuessesGetAtMostTenLookups() throws Exception {
		Pseudonyms pseudonyms = new Pseudonyms(SurveyRig.SECRET);
		ReceiptCodes receipts = new ReceiptCodes("test-receipt-secret-0123456789"); // random codes to guess with
		ComplaintService complaints = rig.complaints();
		List<ComplaintStep> answers = atOnce(() -> complaints.handle(USER,
				new ComplaintCommand.Track(receipts.issue().value())));
		long looked = answers.stream().filter(a -> a instanceof ComplaintStep.NotFound).count();
		long refused = answers.stream()
			.filter(a -> a instanceof ComplaintStep.Hint h && h.reason() == ComplaintStep.Reason.WRONG_CODE_LIMIT)
			.count();
		assertThat(looked).as("guesses actually looked up").isEqualTo(10);
		assertThat(refused).isEqualTo(GUESSES - 10);
		assertThat(new RateLimiter(rig.mongo, pseudonyms, rig.clock).used(USER, RateLimiter.Action.WRONG_CODE)).isEqualTo(10);
	}

	@Test
	void thirtyConcurrentIitCodeGuessesGetAtMostTenComparisons() throws Exception {
		SurveyService surveys = rig.surveys;
		List<SurveyStep> answers = atOnce(() -> surveys.handle(USER, new SurveyCommand.Start(Tool.IIT, "LIM", "GUESS")));
		long compared = answers.stream()
			.filter(a -> a instanceof SurveyStep.AskAccessCode ask && ask.retry() || a instanceof SurveyStep.AccessDenied)
			.count();
		Document counter = rig.mongo.getCollection(SurveyService.CODE_ATTEMPTS).find().first();
		assertThat(counter).isNotNull();
		assertThat(counter.getInteger("n")).as("wrong codes counted").isLessThanOrEqualTo(10);
		assertThat(compared).as("guesses compared with the code").isLessThanOrEqualTo(10);
		// and the day is over for this person whatever the outcome of the race
		for (int i = counter.getInteger("n"); i < 10; i++) {
			surveys.handle(USER, new SurveyCommand.Start(Tool.IIT, "LIM", "GUESS-" + i));
		}
		assertThat(surveys.handle(USER, new SurveyCommand.Start(Tool.IIT, "LIM", "LIM-RIGHT")))
			.isInstanceOf(SurveyStep.AccessLocked.class);
	}
}
