package th.ita.bot.inbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;


/**
 * While the database cannot be reached, webhooks are answered 503 at once instead of each waiting
 * for the driver's timeout: in the outage benchmark every request waited, Tomcat's threads filled
 * up and deliveries queued past LINE's timeout. After a connection failure the breaker is open for
 * a moment; then one webhook tries the database while the others
 * are still refused; its success closes the breaker. Only this process's view: nothing to share.
 */
class OutageBreaker {

	private final long pauseNanos;

	private volatile long openUntil;

	private volatile boolean open;

	private final AtomicBoolean probing = new AtomicBoolean();

	OutageBreaker(Duration pause) {
		this.pauseNanos = pause.toNanos();
	}

	/** Whether a webhook may use the database now; true for exactly one probe when a pause is over. */
	boolean allow() {
		if (!open) {
			return true;
		}
		return System.nanoTime() - openUntil >= 0 && probing.compareAndSet(false, true);
	}

	void succeeded() {
		if (open) {
			open = false;
			probing.set(false);
		}
	}

	void failed() {
		openUntil = System.nanoTime() + pauseNanos;
		open = true;
		probing.set(false);
	}
}
