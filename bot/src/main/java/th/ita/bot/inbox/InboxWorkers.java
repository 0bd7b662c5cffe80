package th.ita.bot.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Handles the inbox: per-chat lanes (one thread each; a person's events always go to the same lane,
 * in the order they came), a supervisor that restarts a lane whose thread died, and a sweep that
 * picks up what nobody is handling (another instance died, a signal was lost). Nothing is taken
 * before start-up is complete: on {@link ApplicationReadyEvent} (after every start-up runner) the
 * entries a previous run left are queued first, then the webhook opens ({@link #ready()}).
 * <p>
 * Each attempt is counted in the inbox before the handling starts (the first as the entry is stored,
 * later ones by {@link InboxStore#claim}; see {@link InboxAttempts}), so an event that kills the whole process is set aside
 * after a few starts instead of crashing every one.
 */
class InboxWorkers implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

	private final InboxStore store;

	private final InboxAttempts attempts;

	private final Clock clock;

	private final List<BlockingQueue<String>> queues = new ArrayList<>();

	private final Thread[] threads;

	/** Ids queued or being handled (with when they came), so that the sweep does not queue them twice. */
	private final Map<String, Instant> queued = new ConcurrentHashMap<>();

	/**
	 * Entries this process took from the webhook and has not tried yet: stored already claimed by
	 * this process with their first attempt counted (durably, before the 200), so they are handled
	 * as they are, without a claim; if handling kills the process, the next start counts again.
	 */
	private final Map<String, InboxEntry> fresh = new ConcurrentHashMap<>();

	/** Set-aside entries found at start (embedded: counted once; afterwards {@link InboxAttempts} adds up). */
	private volatile long setAsideAtStart;

	/** When the webhook last stored something: the embedded server's scans wait for a quiet moment. */
	private volatile long lastAcceptNanos = System.nanoTime();

	private final AtomicLong restarts = new AtomicLong();

	private volatile boolean running;

	private volatile boolean ready;

	private Thread supervisor;

	InboxWorkers(InboxStore store, InboxHandler handler, InboxSettings settings, Clock clock) {
		this.store = store;
		this.attempts = new InboxAttempts(store, handler, settings);
		this.clock = clock;
		for (int i = 0; i < settings.lanes(); i++) {
			queues.add(new LinkedBlockingQueue<>());
		}
		this.threads = new Thread[settings.lanes()];
	}

	/** Whether webhooks are taken: start-up complete and what the last run left queued first. */
	boolean ready() {
		return ready && running;
	}

	/** Entries just stored by the webhook, to their lanes. */
	void submit(List<InboxEntry> entries) {
		lastAcceptNanos = System.nanoTime();
		for (InboxEntry e : entries) {
			fresh.put(e.id(), e.withAttempts(1, null));
			enqueue(e);
		}
	}

	private void enqueue(InboxEntry e) {
		if (queued.putIfAbsent(e.id(), e.at()) == null) {
			queues.get(laneOf(e.laneKey())).add(e.id());
		}
	}

	int laneOf(String key) {
		return key == null ? 0 : Math.floorMod(key.hashCode(), queues.size());
	}

	@EventListener(ApplicationReadyEvent.class)
	void recoverAndOpen() {
		if (store.exclusive()) {
			setAsideAtStart = store.count(InboxStore.SET_ASIDE); // before anything queued can add to it
		}
		int recovered = requeueUnhandled();
		if (recovered > 0) {
			log.warn("Inbox: {} events left by the last run queued for handling", recovered);
		}
		ready = true;
	}

	/** Queues what is in the inbox unhandled (oldest first); returns how many were newly queued. */
	int requeueUnhandled() {
		int n = 0;
		for (InboxEntry e : store.unhandled(10_000)) {
			if (!queued.containsKey(e.id())) {
				enqueue(e);
				n++;
			}
		}
		return n;
	}

	private void work(int lane) {
		BlockingQueue<String> queue = queues.get(lane);
		while (running) {
			String id;
			try {
				id = queue.poll(500, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				return;
			}
			if (id != null) {
				try {
					attempts.process(id, fresh.remove(id), () -> running && !Thread.currentThread().isInterrupted());
				}
				catch (Throwable t) {
					// never let one event end the lane; the entry stays in the inbox for the sweep
					log.error("Inbox lane {}: {}", lane, t.getClass().getName());
				}
				finally {
					queued.remove(id);
					fresh.remove(id);
				}
			}
		}
	}

	/**
	 * Restarts dead lanes every second; every 30 s queues what nobody handles (the embedded server
	 * has no secondary indexes: each look is a scan of the inbox); every 10 minutes deletes expired ids.
	 */
	private void supervise() {
		long lastSweep = System.nanoTime();
		long lastExpiry = System.nanoTime();
		while (running) {
			try {
				Thread.sleep(1_000);
			}
			catch (InterruptedException ex) {
				return;
			}
			for (int i = 0; i < threads.length; i++) {
				if (!threads[i].isAlive() && running) {
					restarts.incrementAndGet();
					log.error("Inbox lane {} had stopped: restarted", i);
					startLane(i);
				}
			}
			// the embedded server scans a whole collection for these (no secondary indexes) while
			// holding its lock: there they wait for a quiet moment (this process is the only one
			// on the file, and it knows what it has queued); on MongoDB the indexes make them cheap
			boolean quiet = !store.exclusive() || System.nanoTime() - lastAcceptNanos > TimeUnit.SECONDS.toNanos(30);
			if (ready && quiet && System.nanoTime() - lastSweep > TimeUnit.SECONDS.toNanos(30)) {
				lastSweep = System.nanoTime();
				try {
					requeueUnhandled();
					if (System.nanoTime() - lastExpiry > TimeUnit.MINUTES.toNanos(10)) {
						lastExpiry = System.nanoTime();
						store.sweep();
					}
				}
				catch (RuntimeException ex) {
					log.warn("Inbox sweep failed: {}", ex.getClass().getSimpleName());
				}
			}
		}
	}

	private void startLane(int i) {
		Thread t = new Thread(() -> work(i), "inbox-lane-" + i);
		t.setDaemon(true);
		threads[i] = t;
		t.start();
	}

	/** Counts for health: waiting now, set aside (stored), lane restarts, the oldest waiting. */
	Status status() {
		if (store.exclusive()) {
			// the only process on the embedded file: what waits is what this one has queued
			Instant oldest = queued.values().stream().min(Instant::compareTo).orElse(null);
			Duration waited = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
			return new Status(queued.size(), setAsideAtStart + attempts.setAside(), restarts.get(), waited, ready);
		}
		Instant oldest = store.oldestUnhandled().orElse(null);
		Duration waited = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
		return new Status(store.count(InboxStore.PENDING) + store.count(InboxStore.CLAIMED),
				store.count(InboxStore.SET_ASIDE), restarts.get(), waited, ready);
	}

	record Status(long waiting, long setAside, long laneRestarts, Duration oldestWaiting, boolean ready) {
	}

	@Override
	public void start() {
		running = true;
		for (int i = 0; i < threads.length; i++) {
			startLane(i);
		}
		supervisor = new Thread(this::supervise, "inbox-supervisor");
		supervisor.setDaemon(true);
		supervisor.start();
		if (ready) {
			requeueUnhandled(); // started again after a stop (Spring pauses idle contexts): catch up
		}
	}

	/**
	 * After the web server stopped: lanes finish the event at hand; the rest stays in the inbox.
	 * Webhooks get 503 while stopped ({@link #ready()} needs running).
	 */
	@Override
	public void stop() {
		running = false;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		List<Thread> all = new ArrayList<>(List.of(threads));
		if (supervisor != null) {
			all.add(supervisor);
		}
		for (Thread t : all) {
			try {
				t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		attempts.settle();
		queued.clear();
		queues.forEach(BlockingQueue::clear);
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stopped after the web server (which stops first, at the highest phase). */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 4096;
	}
}
