package th.ita.bot.system;

import java.util.function.Supplier;

/**
 * When a write the bot made is safe from a killed process. On MongoDB a write is durable once
 * acknowledged (write concern majority, journaled: see {@link MongoClientConfiguration}), so both
 * methods are trivial there; the embedded H2 store makes writes durable by group commit
 * ({@link EmbeddedDatabase}).
 */
public interface Durability {

	/** Returns once everything this thread wrote before the call is on disk; throws when it cannot be. */
	void awaitDurable();

	/**
	 * Runs several writes that must reach the disk together or not at all (a handled event's state
	 * change and the mark that it was handled). Must not call {@link #awaitDurable()} inside.
	 */
	default <T> T together(Supplier<T> writes) {
		return writes.get();
	}

	/**
	 * Runs {@code action} once everything this thread wrote before the call is on disk, without
	 * waiting for it here (a reply goes out after the commit that holds what it tells; the worker
	 * goes on with the next event meanwhile). Where acknowledged writes are durable, runs it now.
	 */
	default void afterDurable(Runnable action) {
		action.run();
	}

	/**
	 * Asks for {@code flush} to run just before each commit, so that writes it batched reach the disk
	 * with that commit (the embedded store: no {@link #together} unit is open then, so whatever a
	 * finished unit queued is written in the same commit as the unit). Returns false where every
	 * acknowledged write is durable: the caller then writes at once.
	 */
	default boolean beforeEachCommit(Runnable flush) {
		return false;
	}

	/** Acknowledged writes are durable already (MongoDB with a journaled, majority write concern). */
	Durability ACKNOWLEDGED = () -> {
	};
}
