package th.ita.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import static th.ita.bench.LoadBench.*;

/**
 * The LINE side of one run: delivers events (redelivering on failure as LINE does, and, when
 * asked, a share of successful ones again), drives simulated people at a target rate.
 */
final class Platform {

	final Sender sender;

	final LineStub line;

	/** Where deliveries sent from now on are counted (swapped per phase by the outage scenario). */
	volatile Stats stats;

	final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, daemon("platform-timer"));

	final PriorityBlockingQueue<Walker> thinking = new PriorityBlockingQueue<>(1024, Comparator.comparingLong(w -> w.readyAt));

	final Set<Walker> active = ConcurrentHashMap.newKeySet();

	final List<Walker> finished = Collections.synchronizedList(new ArrayList<>());

	final AtomicLong redeliveries = new AtomicLong();

	final AtomicLong duplicatesSent = new AtomicLong();

	final AtomicLong gaveUp = new AtomicLong();

	final AtomicLong lateReplies = new AtomicLong();

	final AtomicLong replyLatencyTotal = new AtomicLong();

	final AtomicLong replyCount = new AtomicLong();

	/** Events sent while measuring: reply token → when the person sent it (first delivery). */
	final Map<String, Long> sentAt = new ConcurrentHashMap<>();

	/** Reply tokens of measured events that LINE got a 2xx for: each must get its reply. */
	final Set<String> ackedTokens = ConcurrentHashMap.newKeySet();

	double duplicateShare;

	int thinkMin;

	int thinkMax;

	long replyTimeoutNanos = TimeUnit.SECONDS.toNanos(5);

	volatile boolean measuring = true;

	Platform(Sender sender, LineStub line, int sampleCapacity) {
		this.sender = sender;
		this.line = line;
		this.stats = new Stats(sampleCapacity);
		timer.scheduleWithFixedDelay(this::watch, 200, 200, TimeUnit.MILLISECONDS);
	}

	/** One delivery of an event body; on failure LINE redelivers the same event with isRedelivery true. */
	void deliver(Walker w, String body, int attempt) {
		Stats phase = stats;
		boolean measured = measuring;
		phase.sent.incrementAndGet();
		sender.post(body, Events.sign(body, CHANNEL_SECRET)).thenAccept(ack -> {
			if (measured) {
				phase.record(ack);
			}
			if (ack.ok()) {
				if (measured) {
					w.acknowledged(body);
				}
				w.settled(body);
				if (attempt == 0 && duplicateShare > 0 && ThreadLocalRandom.current().nextDouble() < duplicateShare) {
					// LINE sends the same event again (its own retry after a lost answer)
					long delay = ThreadLocalRandom.current().nextLong(0, 1500);
					timer.schedule(() -> {
						duplicatesSent.incrementAndGet();
						String again = Events.redelivered(body);
						sender.post(again, Events.sign(again, CHANNEL_SECRET)).thenAccept(a -> {
							if (measuring) {
								stats.record(a);
							}
						});
					}, delay, TimeUnit.MILLISECONDS);
				}
			}
			else if (attempt < 40) {
				redeliveries.incrementAndGet();
				long backoff = Math.min(4000, 250L << Math.min(attempt, 4));
				timer.schedule(() -> deliver(w, Events.redelivered(body), attempt + 1), backoff, TimeUnit.MILLISECONDS);
			}
			else {
				gaveUp.incrementAndGet();
				w.settled(body);
			}
		});
	}

	void thinkThenAct(Walker w, boolean quick) {
		int min = quick ? 0 : thinkMin;
		int max = quick ? 20 : thinkMax;
		w.readyAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(max > min ? ThreadLocalRandom.current().nextInt(min, max) : min);
		thinking.add(w);
	}

	/** People whose reply never came (lost with a killed bot) write again, as people do. */
	private void watch() {
		long now = System.nanoTime();
		for (Walker w : active) {
			w.checkTimeout(now);
		}
	}

	/**
	 * Sends events at {@code rate} per second (0: whenever someone is ready) for {@code seconds};
	 * when nobody is ready, {@code spawn} may bring a new person (null: nobody now). With
	 * {@code untilDone} it returns early once nobody is left and {@code spawn} brings nobody.
	 * Returns the events that were due but had nobody to send them.
	 */
	long drive(double rate, double seconds, java.util.function.Supplier<Walker> spawn, boolean untilDone) {
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		long sent = 0;
		long starved = 0;
		while (System.nanoTime() < end) {
			long now = System.nanoTime();
			long due = rate > 0 ? (long) ((now - start) * rate / 1e9) : Long.MAX_VALUE;
			boolean nobodyNew = false;
			while (sent < due) {
				Walker w = thinking.peek();
				if (w != null && w.readyAt <= now) {
					thinking.poll();
				}
				else {
					w = spawn == null ? null : spawn.get();
					if (w == null) {
						nobodyNew = true;
						if (rate > 0 && due - sent > rate / 10) {
							starved += due - sent - (long) (rate / 10);
							sent = due - (long) (rate / 10);
						}
						break;
					}
					active.add(w);
				}
				w.act();
				sent++;
			}
			if (untilDone && nobodyNew && active.isEmpty() && thinking.isEmpty()) {
				break;
			}
			LockSupport.parkNanos(rate > 0 ? 250_000 : 1_000_000);
		}
		return starved;
	}

	void done(Walker w) {
		active.remove(w);
		finished.add(w);
	}

	/**
	 * What a person feels: from sending each measured event to the LINE stand-in receiving the
	 * reply with its token (late replies included); acknowledged events never replied to are lost.
	 */
	ReplyDelays replyDelays() {
		long[] delays = sentAt.entrySet().stream().filter(e -> line.repliedAt.containsKey(e.getKey()))
				.mapToLong(e -> line.repliedAt.get(e.getKey()) - e.getValue()).sorted().toArray();
		long lost = ackedTokens.stream().filter(t -> !line.repliedAt.containsKey(t)).count();
		return new ReplyDelays(delays, ackedTokens.size(), lost);
	}

	void stop() {
		timer.shutdownNow();
	}
}
