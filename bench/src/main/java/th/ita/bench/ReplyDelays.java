package th.ita.bench;

/** Webhook-to-reply delays of one run, sorted, and the acknowledged events that got no reply. */
record ReplyDelays(long[] sorted, long acknowledged, long lost) {

	double p99() {
		return Stats.ms(sorted, 99);
	}

	String summary() {
		return Stats.latencies(sorted);
	}
}
