package th.ita.bot.system;

import java.util.function.Supplier;

/**
 * A feature's share of the upkeep, run by {@link UpkeepRunner}: what it prepares once at start
 * (indexes, imports, migrations) before the first webhook, and what it sweeps at start and every
 * {@code ita.sweep-interval}: what MongoDB's TTL indexes expire (the embedded server has none) and
 * work a crash interrupted. The sweep's result is logged at start.
 */
public record Upkeep(String name, Runnable prepare, Supplier<?> sweep) {

	public static Upkeep prepareOnly(String name, Runnable prepare) {
		return new Upkeep(name, prepare, () -> "nothing to sweep");
	}
}
