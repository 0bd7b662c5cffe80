package th.ita.survey.anonymity;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What was submitted, logged as one line per day and kind instead of one line per event: a line
 * written at the moment of a submit would time it to the second (log lines carry their time). The
 * counts are kept in memory and logged by the periodic sweep for days that are over, so the time of
 * a log line says nothing about any one submit. Counts of a day still open when the process stops
 * are lost; they were only ever a log.
 */
public final class DailyActivity {

	/** One per process: the survey and complaint services both count here, the sweep logs. */
	public static final DailyActivity LOG = new DailyActivity();

	private static final Logger log = LoggerFactory.getLogger(DailyActivity.class);

	private final Map<Key, AtomicLong> counts = new ConcurrentHashMap<>();

	record Key(LocalDate day, String what, String agency) implements Comparable<Key> {

		@Override
		public int compareTo(Key o) {
			return (day + what + agency).compareTo(o.day + o.what + o.agency);
		}
	}

	/** Counts one event, e.g. {@code count(today, "EIT responses", "PKT")}. */
	public void count(LocalDate day, String what, String agency) {
		counts.computeIfAbsent(new Key(day, what, agency), k -> new AtomicLong()).incrementAndGet();
	}

	/** Logs and forgets the counts of the days before {@code today}. */
	public void flush(LocalDate today) {
		Map<Key, Long> over = new TreeMap<>();
		for (Key k : counts.keySet()) {
			if (k.day().isBefore(today)) {
				AtomicLong n = counts.remove(k);
				if (n != null) {
					over.put(k, n.get());
				}
			}
		}
		over.forEach((k, n) -> log.info("{}: {} {} for {}", k.day(), n, k.what(), k.agency()));
	}

	/** Today's count so far (for tests and the admin's curiosity; never logged before the day is over). */
	public long today(LocalDate day, String what, String agency) {
		AtomicLong n = counts.get(new Key(day, what, agency));
		return n == null ? 0 : n.get();
	}
}
