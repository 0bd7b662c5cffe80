package th.ita.bot.inbox;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * OUT_OF_SERVICE until start-up is complete (webhooks get 503 until then); DOWN when the inbox stops draining: an event waits longer than {@code ita.inbox.stalled-after}
 * (lanes stuck, database too slow). The reason goes to the log once per stall. Details (counts
 * only, never an id or a person) are shown to local callers only (see LocalHealthDetails).
 */
class InboxHealthIndicator extends AbstractHealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(InboxHealthIndicator.class);

	private final InboxWorkers workers;

	private final InboxSettings settings;

	private final AtomicBoolean stalled = new AtomicBoolean();

	InboxHealthIndicator(InboxWorkers workers, InboxSettings settings) {
		this.workers = workers;
		this.settings = settings;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		InboxWorkers.Status s = workers.status();
		builder.withDetail("waiting", s.waiting())
			.withDetail("setAside", s.setAside())
			.withDetail("laneRestarts", s.laneRestarts())
			.withDetail("oldestWaitingSeconds", s.oldestWaiting().toSeconds())
			.withDetail("acceptingWebhooks", s.ready());
		if (!s.ready()) {
			builder.outOfService(); // start-up not complete: webhooks are answered 503 until it is
			return;
		}
		if (s.oldestWaiting().compareTo(settings.stalledAfter()) > 0) {
			if (stalled.compareAndSet(false, true)) {
				log.error("Inbox not draining: an event has waited {} s ({} waiting)", s.oldestWaiting().toSeconds(),
						s.waiting());
			}
			builder.down();
			return;
		}
		if (stalled.compareAndSet(true, false)) {
			log.warn("Inbox draining again");
		}
		builder.up();
	}
}
