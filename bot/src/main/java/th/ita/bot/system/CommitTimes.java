package th.ita.bot.system;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the embedded store's commits took, logged once a minute while there are any: how many,
 * how long the server's commands waited for them (until the version was fixed), how long the
 * whole commit took. Only the committer thread calls it.
 */
final class CommitTimes {

	private static final Logger log = LoggerFactory.getLogger(CommitTimes.class);

	private long count;

	private long heldNanos;

	private long maxHeldNanos;

	private long totalNanos;

	private long maxTotalNanos;

	private long since = System.nanoTime();

	void add(long held, long total) {
		count++;
		heldNanos += held;
		maxHeldNanos = Math.max(maxHeldNanos, held);
		totalNanos += total;
		maxTotalNanos = Math.max(maxTotalNanos, total);
		if (System.nanoTime() - since >= TimeUnit.MINUTES.toNanos(1)) {
			log.info("Embedded commits in the last minute: {}, commands held {} ms on average (max {} ms), "
					+ "whole commit {} ms on average (max {} ms)", count, millis(heldNanos / count),
					millis(maxHeldNanos), millis(totalNanos / count), millis(maxTotalNanos));
			count = heldNanos = maxHeldNanos = totalNanos = maxTotalNanos = 0;
			since = System.nanoTime();
		}
	}

	private static String millis(long nanos) {
		return String.format("%.1f", nanos / 1e6);
	}
}
