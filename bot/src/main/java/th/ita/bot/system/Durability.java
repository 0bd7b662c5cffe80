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

	/** Acknowledged writes are durable already (MongoDB with a journaled, majority write concern). */
	Durability ACKNOWLEDGED = () -> {
	};
}
