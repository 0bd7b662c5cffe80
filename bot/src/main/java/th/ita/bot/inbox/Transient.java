package th.ita.bot.inbox;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import org.springframework.dao.DataAccessResourceFailureException;

/** Failures that say the database is out of reach, not that the event is bad. */
final class Transient {

	private Transient() {
	}

	static boolean is(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof DataAccessResourceFailureException || c instanceof MongoSocketException
					|| c instanceof MongoTimeoutException) {
				return true;
			}
		}
		return false;
	}
}
