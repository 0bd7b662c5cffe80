package th.ita.bot.system;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of the embedded H2 store ({@link EmbeddedDatabase}). The store never commits on its
 * own; it commits when someone waits for durability, and one commit serves everyone waiting at that
 * moment; the file holds whole commands and whole units ({@link CommitLocks}). With no store
 * ("memory") everything is durable at once. Between commits, {@link Compaction}.
 */
class GroupCommit {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private final MVStore store;

	private final long idleCommitMillis;

	private final long commitGapNanos;

	private final CommitLocks locks = new CommitLocks();

	private final Object commits = new Object();

	/** Generations: the newest commit asked for, the newest started, the newest finished. */
	private long requested, started, finished, failedUpTo;

	private final Compaction compaction;

	private final Thread committer;

	private final List<Runnable> beforeCommit = new CopyOnWriteArrayList<>();

	/** Actions waiting for a commit (guarded by {@link #commits}), in the order they came. */
	private final ArrayDeque<AfterCommit> afterCommit = new ArrayDeque<>();

	private record AfterCommit(long generation, Runnable action) {
	}

	private volatile boolean closed;

	private final CommitTimes times = new CommitTimes();

	GroupCommit(MVStore store, Duration idleCommit, Duration commitGap) {
		this.store = store;
		this.idleCommitMillis = Math.max(1, idleCommit.toMillis());
		this.commitGapNanos = commitGap.toNanos();
		this.compaction = new Compaction(store);
		if (store == null) {
			this.committer = null;
			return;
		}
		this.committer = new Thread(this::commitLoop, "embedded-db-committer");
		committer.setDaemon(true);
		committer.start();
	}

	/** Only a commit that starts after this moment covers what the caller wrote before it. */
	private long requestCommit() {
		compaction.requested();
		long target = started + 1;
		if (requested < target) {
			requested = target;
			commits.notifyAll();
		}
		return target;
	}

	<T> T underReadLock(Supplier<T> command) {
		return locks.command(command);
	}

	void awaitDurable() {
		if (store == null) {
			return;
		}
		if (locks.inUnit()) {
			throw new IllegalStateException("awaitDurable inside together(): the commit would wait for itself");
		}
		synchronized (commits) {
			long target = requestCommit();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (finished < target) {
				if (failedUpTo >= target || closed) {
					throw new IllegalStateException("embedded database: commit failed or closed");
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new IllegalStateException("embedded database: no commit within 10 s");
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(commits, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted waiting for a commit", ex);
				}
			}
		}
	}

	void afterDurable(Runnable action) {
		if (store == null) {
			action.run();
			return;
		}
		synchronized (commits) {
			if (closed) {
				log.warn("Embedded database closed: an action waiting for a commit was dropped");
				return;
			}
			afterCommit.add(new AfterCommit(requestCommit(), action));
		}
	}

	/** Runs, on the committer, what waited for commits up to this one (after a failed one: nothing). */
	private void runAfterCommit(long generation) {
		List<Runnable> due = new ArrayList<>();
		synchronized (commits) {
			while (!afterCommit.isEmpty() && afterCommit.peek().generation() <= generation) {
				due.add(afterCommit.poll().action());
			}
		}
		for (Runnable action : due) {
			try {
				action.run();
			}
			catch (Throwable t) {
				log.error("Embedded database: an action after a commit failed: {}", t.getClass().getName());
			}
		}
	}

	<T> T together(Supplier<T> writes) {
		if (store == null) {
			return writes.get();
		}
		return locks.unit(writes);
	}

	boolean beforeEachCommit(Runnable flush) {
		if (store == null) {
			return false;
		}
		beforeCommit.add(flush);
		return true;
	}

	long finished() {
		synchronized (commits) {
			return finished;
		}
	}

	private void commitLoop() {
		while (true) {
			long generation;
			synchronized (commits) {
				long idleUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(idleCommitMillis);
				while (requested <= started && !closed) {
					long left = idleUntil - System.nanoTime();
					if (left <= 0) {
						if (store.hasUnsavedChanges()) {
							break; // unwaited writes: to the file within a second anyway
						}
						idleUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(idleCommitMillis);
						left = idleUntil - System.nanoTime();
					}
					try {
						TimeUnit.NANOSECONDS.timedWait(commits, left);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				if (closed) {
					return;
				}
				generation = ++started;
			}
			boolean ok = commitNow();
			synchronized (commits) {
				if (ok) {
					finished = generation;
				}
				else {
					failedUpTo = generation;
				}
				commits.notifyAll();
			}
			if (ok) {
				runAfterCommit(generation);
				compaction.nowAndThen();
			}
			if (commitGapNanos > 0) {
				// under load, writers arriving meanwhile share the next commit: fewer, larger commits
				// (each rewrites every page it touches) for a few milliseconds more per wait
				LockSupport.parkNanos(commitGapNanos);
			}
		}
	}

	/**
	 * One commit of whole commands and whole units. The locks are held only until H2 has taken the
	 * new version's roots ({@link #versionFixed}); the pages are serialized and written while
	 * commands and units go on (they land in the next commit).
	 */
	private boolean commitNow() {
		long start = System.nanoTime();
		locks.holdUnits();
		try {
			// no unit is open: what finished units queued goes into this commit (through the
			// server, so before the command lock is taken)
			for (Runnable flush : beforeCommit) {
				try {
					flush.run();
				}
				catch (RuntimeException ex) {
					// no commit without the batch: the state it vouches for waits for the next one
					log.error("Embedded database: a batch before the commit failed: {}", ex.toString());
					return false;
				}
			}
			locks.holdCommands();
			boolean ok = commitStore();
			long end = System.nanoTime();
			times.add(locks.releasedAt(end) - start, end - start);
			return ok;
		}
		finally {
			locks.release();
		}
	}

	/** Called by the file store once the commit's version is fixed, on the thread that commits. */
	void versionFixed() {
		locks.release();
	}

	private boolean commitStore() {
		try {
			if (store.isClosed()) {
				return false;
			}
			store.commit();
			return true;
		}
		catch (RuntimeException ex) {
			log.error("Embedded database commit failed: {}", ex.toString());
			return false;
		}
	}

	/** A last commit, with what waited for it. */
	void close() {
		synchronized (commits) {
			if (closed) {
				return;
			}
			closed = true;
			commits.notifyAll();
		}
		if (committer != null) {
			try {
				committer.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (commitNow()) {
				runAfterCommit(Long.MAX_VALUE);
			}
		}
	}
}
