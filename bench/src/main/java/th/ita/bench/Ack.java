package th.ita.bench;

/** Outcome of one HTTP delivery: status (-1: no answer) and ack latency. */
record Ack(int status, long nanos, Throwable error) {

	boolean ok() {
		return status >= 200 && status < 300;
	}
}
