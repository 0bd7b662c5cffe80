package th.ita.bot.line;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.linecorp.bot.webhook.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Fast acknowledgement: with the embedded database's journal, a delivery is answered 200 as soon as
 * its signature is checked and it is in the {@link WebhookJournal}; its events are handled right
 * after, here. LINE's wait then no longer includes the database work, so a burst does not push
 * acknowledgements past LINE's timeout (which would bring redeliveries on top of the burst).
 * <p>
 * Each person's events go to one lane (a thread), in the order they came, so one person's taps
 * are never handled out of order or at the same time. At most {@code ita.webhook.max-waiting}
 * events wait; beyond that the webhook answers 503 and LINE sends it again later. An event that
 * fails because the database is unreachable is tried again until it succeeds; it stays in the
 * journal until then, so a crash or stop in between only delays it to the next start. Without a
 * journal (a MongoDB URI) events are handled inside the request, acknowledged once stored.
 */
@Component
class EventLanes implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EventLanes.class);

	/** Other failures are tried this often; then the event is given up (logged, as before: 503s end too). */
	static final int ATTEMPTS = 3;

	private record Task(Event event, WebhookJournal.Segment segment) {
	}

	private final WebhookJournal journal;

	private final LineEventHandler handler;

	private final OutageBreaker breaker;

	private final boolean fastAck;

	private final List<BlockingQueue<Task>> lanes = new ArrayList<>();

	private final List<Thread> threads = new ArrayList<>();

	private final Semaphore room;

	private volatile boolean running;

	EventLanes(WebhookJournal journal, LineEventHandler handler, OutageBreaker breaker,
			@Value("${ita.webhook.fast-ack:true}") boolean fastAck, @Value("${ita.webhook.lanes:8}") int lanes,
			@Value("${ita.webhook.max-waiting:10000}") int maxWaiting) {
		this.journal = journal;
		this.handler = handler;
		this.breaker = breaker;
		this.fastAck = fastAck;
		this.room = new Semaphore(maxWaiting);
		for (int i = 0; i < lanes; i++) {
			this.lanes.add(new LinkedBlockingQueue<>());
		}
	}

	/** Whether events are handled after the acknowledgement (only where the journal keeps them). */
	boolean enabled() {
		return fastAck && journal.enabled() && running;
	}

	/** Room for events about to be acknowledged; false when too many wait already. */
	boolean reserve(int events) {
		return room.tryAcquire(events);
	}

	void release(int events) {
		room.release(events);
	}

	/** Queues the events of a journaled delivery (room reserved before). */
	void submit(List<Event> events, WebhookJournal.Segment segment) {
		for (Event event : events) {
			lanes.get(laneOf(event)).add(new Task(event, segment));
		}
	}

	private int laneOf(Event event) {
		String user = event.source() == null ? null : event.source().userId();
		return user == null ? 0 : Math.floorMod(user.hashCode(), lanes.size());
	}

	private void work(BlockingQueue<Task> lane) {
		while (running || !lane.isEmpty()) {
			Task task;
			try {
				task = lane.poll(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (task != null && handle(task.event())) {
				room.release();
				if (task.segment() != null) {
					task.segment().handled();
				}
			}
		}
	}

	/** True once the event is handled or given up; false when stopping with the database out. */
	private boolean handle(Event event) {
		long pauseMs = 200;
		for (int attempt = 1;; attempt++) {
			try {
				handler.handleAcknowledged(event);
				breaker.succeeded();
				return true;
			}
			catch (DataAccessResourceFailureException ex) {
				breaker.failed();
				if (!running) {
					return false; // left in the journal: handled at the next start
				}
				if (attempt == 1 || attempt % 20 == 0) {
					log.warn("Database unreachable, an acknowledged event waits: {}", ex.toString());
				}
				sleep(pauseMs);
				pauseMs = Math.min(pauseMs * 2, 5_000);
			}
			catch (RuntimeException ex) {
				if (attempt >= ATTEMPTS) {
					// no userId or text in the log: the type and the error only
					log.error("Webhook event {} failed {} times, given up: {}", event.getClass().getSimpleName(), attempt,
							ex.toString());
					log.debug("Webhook event failure", ex);
					return true;
				}
			}
		}
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		for (int i = 0; i < lanes.size(); i++) {
			BlockingQueue<Task> lane = lanes.get(i);
			Thread t = new Thread(() -> work(lane), "event-lane-" + i);
			t.setDaemon(true);
			t.start();
			threads.add(t);
		}
	}

	/** After the web server stopped: what waits is handled (up to 30 s; the rest stays journaled). */
	@Override
	public void stop() {
		running = false;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		for (Thread t : threads) {
			try {
				t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Started after the journal's replay, stopped before its last checkpoint. */
	@Override
	public int getPhase() {
		return WebhookJournal.PHASE + 1;
	}
}
