package th.ita.bot.system;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * What a commit of the embedded store waits for, and how briefly it holds the rest back. Server
 * commands run under one read lock, {@link Durability#together} units under another; a commit takes
 * both write locks (units first: no unit half-written, then no command half-applied) and lets both
 * go as soon as H2 has fixed the version it writes ({@link #release}, called by
 * {@link CommitFileStore}), so the file always holds whole commands and whole units while the
 * pages are written.
 */
final class CommitLocks {

	private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();

	private final ReentrantReadWriteLock units = new ReentrantReadWriteLock();

	/** When the running commit let the commands go (0: not yet); the committing thread's own. */
	private long releasedAt;

	<T> T command(Supplier<T> command) {
		return under(commands, command);
	}

	<T> T unit(Supplier<T> writes) {
		return under(units, writes);
	}

	boolean inUnit() {
		return units.getReadHoldCount() > 0;
	}

	/** Waits until no unit is open and holds new ones back. */
	void holdUnits() {
		releasedAt = 0;
		units.writeLock().lock();
	}

	/** Waits until no command is running and holds new ones back. */
	void holdCommands() {
		commands.writeLock().lock();
	}

	/** Lets commands and units go again, if this thread held them; any number of times. */
	void release() {
		if (commands.isWriteLockedByCurrentThread()) {
			releasedAt = System.nanoTime();
			commands.writeLock().unlock();
		}
		if (units.isWriteLockedByCurrentThread()) {
			units.writeLock().unlock();
		}
	}

	/** When this thread's last commit let the commands go, or {@code otherwise} if it never held them. */
	long releasedAt(long otherwise) {
		return releasedAt == 0 ? otherwise : releasedAt;
	}

	private static <T> T under(ReentrantReadWriteLock lock, Supplier<T> work) {
		lock.readLock().lock();
		try {
			return work.get();
		}
		finally {
			lock.readLock().unlock();
		}
	}
}
