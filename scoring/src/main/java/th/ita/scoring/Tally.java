package th.ita.scoring;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Answer counts per item and option for one agency, plus respondents per tool. The one input of
 * the scorer: a live counter store and a file of raw responses both reduce to it.
 */
public final class Tally {

	private final Map<String, long[]> counts = new HashMap<>();

	private final Map<Tool, Long> respondents = new EnumMap<>(Tool.class);

	/** Adds {@code howMany} answers of option {@code optionIndex} to an item. */
	public Tally add(Item item, int optionIndex, long howMany) {
		long[] c = counts.computeIfAbsent(item.id(), k -> new long[item.scale().options().size()]);
		c[optionIndex] += howMany;
		return this;
	}

	/** Adds a whole distribution (seed column order). */
	public Tally add(Item item, long[] distribution) {
		for (int i = 0; i < distribution.length; i++) {
			add(item, i, distribution[i]);
		}
		return this;
	}

	public Tally addRespondents(Tool tool, long howMany) {
		respondents.merge(tool, howMany, Long::sum);
		return this;
	}

	/** Counts per option for an item; zeros when nobody answered it. */
	public long[] counts(Item item) {
		long[] c = counts.get(item.id());
		return c == null ? new long[item.scale().options().size()] : c.clone();
	}

	public long respondents(Tool tool) {
		return respondents.getOrDefault(tool, 0L);
	}

	/** An independent copy (the scorer's "what if" for unjudged OIT items). */
	public Tally copy() {
		Tally copy = new Tally();
		counts.forEach((id, c) -> copy.counts.put(id, c.clone()));
		copy.respondents.putAll(respondents);
		return copy;
	}

	/** Forgets an item's counts (used to replace an OIT judgement with a newer one). */
	public Tally clear(Item item) {
		counts.remove(item.id());
		return this;
	}
}
