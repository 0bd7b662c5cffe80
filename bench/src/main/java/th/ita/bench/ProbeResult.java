package th.ita.bench;

/** What one security probe sent and what came back that it should not have. */
record ProbeResult(long inputs, long revealed, long fiveXx, String detail) {

	String describe() {
		return inputs + " inputs, " + revealed + " revealing replies, " + fiveXx + " 5xx" + (detail.isEmpty() ? "" : "; " + detail);
	}
}
