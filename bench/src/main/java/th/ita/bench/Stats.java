package th.ita.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Latency samples and status counts of deliveries. */
final class Stats {

	final long[] samples;

	final AtomicInteger n = new AtomicInteger();

	final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

	final AtomicLong sent = new AtomicLong();

	final AtomicLong acked = new AtomicLong();

	final AtomicLong maxNanos = new AtomicLong();

	Stats(int capacity) {
		samples = new long[capacity];
	}

	void record(Ack a) {
		statuses.computeIfAbsent(a.status(), k -> new AtomicLong()).incrementAndGet();
		if (a.ok()) {
			acked.incrementAndGet();
		}
		int i = n.getAndIncrement();
		if (i < samples.length) {
			samples[i] = a.nanos();
		}
		maxNanos.accumulateAndGet(a.nanos(), Math::max);
	}

	long[] sorted() {
		long[] s = Arrays.copyOf(samples, Math.min(n.get(), samples.length));
		Arrays.sort(s);
		return s;
	}

	static double ms(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
	}

	String latencies() {
		long[] s = sorted();
		return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms (%d samples)", ms(s, 50), ms(s, 95),
				ms(s, 99), maxNanos.get() / 1e6, s.length);
	}

	/** The same summary for any sorted samples (the last one is the maximum). */
	static String latencies(long[] sorted) {
		return String.format(Locale.ROOT, "p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms (%d samples)", ms(sorted, 50),
				ms(sorted, 95), ms(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, sorted.length);
	}

	long errors() {
		return statuses.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 300).mapToLong(e -> e.getValue().get()).sum();
	}

	String statusCounts() {
		return new TreeMap<>(statuses).toString().replace("-1=", "no answer=");
	}
}
