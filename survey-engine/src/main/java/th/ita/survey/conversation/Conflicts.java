package th.ita.survey.conversation;

import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Two messages of one person handled at once (two instances, a fast double tap): the loser of the
 * optimistic lock (or of the insert of a new conversation) reads the state again and handles its
 * message against it. A few tries; then the conflict is the caller's (the inbox tries the event again).
 */
public final class Conflicts {

	private static final int ATTEMPTS = 5;

	private Conflicts() {
	}

	/** The step, run again after a lost race; {@code lost} runs after each (e.g. to drop a cached copy). */
	public static <T> T retried(Supplier<T> step, Runnable lost) {
		for (int attempt = 1;; attempt++) {
			try {
				return step.get();
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
				lost.run();
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}
}
