package th.ita.survey.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves forward: what a pause, a crash an hour ago or the next day does. */
public final class MovableClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	/** 2026-11-24 10:00 in Bangkok, where every rig starts. */
	public static MovableClock bangkok() {
		return new MovableClock(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Bangkok"));
	}

	public MovableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	public void advance(Duration d) {
		now = now.plus(d);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MovableClock(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
