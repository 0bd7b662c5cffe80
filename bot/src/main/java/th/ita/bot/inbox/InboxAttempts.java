package th.ita.bot.inbox;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One event's attempts: claimed (the attempt counted in the inbox before the handling starts),
 * handled; a failure is tried again, and after {@link InboxSettings#maxAttempts()} the entry is set
 * aside (kept without userId or content). A database outage is not the event's fault: it waits,
 * uncounted. Logs name the error class only: a message may quote what the person wrote.
 */
class InboxAttempts {

	private static final Logger log = LoggerFactory.getLogger(InboxAttempts.class);

	private final InboxStore store;

	private final InboxHandler handler;

	private final int maxAttempts;

	private final AtomicLong setAside = new AtomicLong();

	InboxAttempts(InboxStore store, InboxHandler handler, InboxSettings settings) {
		this.store = store;
		this.handler = handler;
		this.maxAttempts = settings.maxAttempts();
	}

	/**
	 * At a clean stop, after the lanes: one more commit carries the last handled marks and sends
	 * the replies waiting for it, while the database client is still open.
	 */
	void settle() {
		try {
			handler.durable();
		}
		catch (RuntimeException ex) {
			log.warn("Inbox: the last commit at stop failed ({}): those events are handled again at the next start",
					ex.getClass().getSimpleName());
		}
	}

	/** Set aside by this process so far. */
	long setAside() {
		return setAside.get();
	}

	/**
	 * Handles the event with this id; {@code fresh} is the entry as the webhook just stored it
	 * (already claimed, first attempt), or null to claim it from the inbox.
	 */
	void process(String id, InboxEntry fresh, BooleanSupplier running) {
		long pause = 100;
		InboxEntry entry = fresh;
		while (running.getAsBoolean()) {
			try {
				if (entry == null) {
					entry = store.claim(id).orElse(null);
					if (entry == null) {
						return; // handled already, set aside, or another instance's
					}
					if (entry.attempts() > maxAttempts) {
						giveUp(entry, entry.error() == null ? "the process stopped while handling it" : entry.error());
						return;
					}
					handler.durable(); // a recovered or retried event: its attempt is on disk before it can go wrong
				}
				handler.handle(entry);
				return;
			}
			catch (Throwable t) {
				entry = null;
				if (Transient.is(t)) {
					log.warn("Inbox: database unreachable, an event waits: {}", t.getClass().getSimpleName());
					pause = pause(pause);
					continue;
				}
				log.error("Inbox: handling an event failed: {}", t.getClass().getName());
				log.debug("Inbox handling failure", t);
				InboxEntry current = currentAttempts(id);
				if (current == null) {
					return;
				}
				if (current.attempts() >= maxAttempts) {
					giveUp(current, t.getClass().getName());
					return;
				}
				try {
					store.failed(id, t);
				}
				catch (RuntimeException ex) {
					pause = pause(pause);
				}
			}
		}
	}

	private InboxEntry currentAttempts(String id) {
		try {
			return store.claim(id).orElse(null);
		}
		catch (RuntimeException ex) {
			return null; // left claimed: the sweep takes it once the lease runs out
		}
	}

	private void giveUp(InboxEntry entry, String error) {
		store.setAside(entry, error);
		setAside.incrementAndGet();
		// no userId, no content: the kind and the error class
		log.warn("Inbox: a {} event was set aside after {} attempts ({})", entry.kind(), entry.attempts(), error);
	}

	/** Waits before the next try (interrupted: stops trying); returns the next, longer pause. */
	private static long pause(long pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return Math.min(pause * 2, 5_000);
	}
}
