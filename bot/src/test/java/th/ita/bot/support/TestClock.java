package th.ita.bot.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' time: a weekday morning in Bangkok, Tuesday 17 November 2026 (BE 2569, fiscal year
 * 2570) at 09:30 when the first test starts, then ticking with the system clock, so leases, timeouts
 * and link lifetimes still pass and a run that starts near midnight still checks one day. A test
 * may move an instance ({@link #advance}, {@link #set}) and puts it back ({@link #reset}).
 */
public final class TestClock extends Clock {

	public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	public static final Instant START = LocalDateTime.of(2026, 11, 17, 9, 30).atZone(BANGKOK).toInstant();

	/** Fixed once a run: every TestClock, and the time LINE stamps on events, tick on this one line. */
	private static final Clock WORLD = Clock.offset(Clock.system(BANGKOK), Duration.between(Instant.now(), START));

	private final AtomicReference<Duration> moved;

	private final ZoneId zone;

	public TestClock() {
		this(new AtomicReference<>(Duration.ZERO), BANGKOK);
	}

	private TestClock(AtomicReference<Duration> moved, ZoneId zone) {
		this.moved = moved;
		this.zone = zone;
	}

	/** The time outside the bot (LINE's servers stamping events): never moved by a test. */
	public static Clock world() {
		return WORLD;
	}

	public void advance(Duration duration) {
		moved.updateAndGet(m -> m.plus(duration));
	}

	/** From now on this clock reads {@code instant}, and ticks on from there. */
	public void set(Instant instant) {
		moved.set(Duration.between(WORLD.instant(), instant));
	}

	/** Back on the world's line. */
	public void reset() {
		moved.set(Duration.ZERO);
	}

	/** Today in Bangkok by this clock. */
	public LocalDate today() {
		return LocalDate.now(withZone(BANGKOK));
	}

	@Override
	public Instant instant() {
		return WORLD.instant().plus(moved.get());
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	/** The same clock, moves included, read in another zone. */
	@Override
	public Clock withZone(ZoneId other) {
		return other.equals(zone) ? this : new TestClock(moved, other);
	}
}
