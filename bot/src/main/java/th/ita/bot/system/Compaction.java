package th.ita.bot.system;

import java.util.concurrent.TimeUnit;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded file small. A commit every few ms leaves thousands of small, mostly stale
 * chunks a minute: in a quiet second, at most every 10 s, the sparsest are rewritten when the
 * chunks are under 80 % live (H2 checks that; {@code getFillRate()} is the file's, not the chunks').
 * Under load only once the file passes 4 GB: a compaction holds the commits up for 0.2–1 s (at
 * 1,000 events/s the file grows ~1 GB a minute, so a 1 GB limit compacted every 10 s in a burst).
 * Run by the committer between commits, outside the locks: the rewritten pages hold the same data
 * and reach the file with the next commit.
 */
class Compaction {

	private static final Logger log = LoggerFactory.getLogger(Compaction.class);

	private static final long LARGE_FILE = 4L << 30;

	private final MVStore store;

	private volatile long lastRequest = System.nanoTime();

	private long lastCompaction = System.nanoTime();

	Compaction(MVStore store) {
		this.store = store;
	}

	/** A commit was asked for: not a quiet second. */
	void requested() {
		lastRequest = System.nanoTime();
	}

	void nowAndThen() {
		long now = System.nanoTime();
		boolean quiet = now - lastRequest > TimeUnit.SECONDS.toNanos(1);
		if ((quiet || store.getFileStore().size() > LARGE_FILE) && now - lastCompaction > TimeUnit.SECONDS.toNanos(10)) {
			lastCompaction = now;
			try {
				long before = store.getFileStore().size();
				long started = System.nanoTime();
				if (store.compact(80, 4 * 1024 * 1024)) {
					log.info("Embedded file compacted in {} ms ({} MB, then {} MB)",
							TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), before >> 20,
							store.getFileStore().size() >> 20);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Embedded database compaction failed: {}", ex.toString());
			}
		}
	}
}
