package th.ita.bot.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.ita.scoring.Form;
import th.ita.scoring.Indicator;
import th.ita.scoring.Item;
import th.ita.scoring.ItemWording;
import th.ita.scoring.ScoreCalculator;
import th.ita.scoring.ScoreCard;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;
import th.ita.scoring.Weakness;

/**
 * How the bot reads a score card for people, in one place: what an option means for the score (so
 * charts colour ไม่มี on "were you asked for a bribe?" as good), an item's short wording, the
 * per-indicator guidance ("ประเด็นที่ต้องแก้ไข/ปรับปรุง") and the OIT items nobody has judged yet,
 * with the range the total can still take. Everything is derived from the scheme and the card,
 * so another year's instrument needs no change here.
 */
public final class ScoreReading {

	/** Option colours from the best option of an item to the worst. */
	public static final String BEST = "#1B5E20";

	public static final String GOOD = "#66BB6A";

	public static final String POOR = "#FFA726";

	public static final String WORST = "#C62828";

	public static final String UNJUDGED = "#9E9E9E";

	private ScoreReading() {
	}

	/** How good option {@code index} is for the item's score: 0 (its worst option) to 1 (its best). */
	public static double goodness(Item item, int index) {
		return item.goodness(index);
	}

	public static String colour(Item item, int index) {
		double g = goodness(item, index);
		return g >= 0.99 ? BEST : g > 0.5 ? GOOD : g > 0.01 ? POOR : WORST;
	}

	/** Option indexes, the best-scoring first: the order tables and charts show them in. */
	public static List<Integer> bestFirst(Item item) {
		return item.optionsBestFirst();
	}

	/** The item's short name (else its wording), cut to {@code max} characters: {@link ItemWording#shortText}. */
	public static String shortText(Scheme scheme, Item item, int max) {
		return ItemWording.shortText(scheme, item, max);
	}

	/** What the agency must fix when the indicator is weak, as the seed report words it; empty if none. */
	public static String guidance(Scheme scheme, String indicatorId) {
		return scheme.guidance(indicatorId);
	}

	/**
	 * The OIT checklist's state: how many items nobody judged yet and, while any are left, the total
	 * and level when all of them fail (the figure the card shows, where they count 0) and when all
	 * pass. Null range when the total itself is not shown (a perception form below the minimum).
	 */
	public record Completion(int unjudged, int items, BigDecimal low, String lowLevel, BigDecimal high, String highLevel) {

		public boolean complete() {
			return unjudged == 0;
		}
	}

	public static Completion completion(ScoreCard card) {
		ScoreCard.Pending pending = card.pending();
		if (pending != null && pending.lowestTotal() != null) {
			return new Completion(pending.itemsLeft(), card.scheme().form(Tool.OIT).items().size(), pending.lowestTotal(),
					pending.lowestLevel(), pending.highestTotal(), pending.highestLevel());
		}
		// no range from the scorer (a card rebuilt without it): worked out here the same way
		Scheme scheme = card.scheme();
		Form oit = scheme.form(Tool.OIT);
		List<Item> open = oit.items().stream().filter(i -> card.item(i.id()) == null || card.item(i.id()).n() == 0).toList();
		if (open.isEmpty() || card.total() == null) {
			return new Completion(open.size(), oit.items().size(), card.total(), card.level(), card.total(), card.level());
		}
		Tally tally = new Tally();
		for (Tool tool : Tool.values()) {
			Form form = scheme.forms().get(tool);
			if (form == null) {
				continue;
			}
			if (tool != Tool.OIT && card.tool(tool) != null) {
				tally.addRespondents(tool, card.tool(tool).n());
			}
			for (Item item : form.items()) {
				ScoreCard.ItemScore s = card.item(item.id());
				if (s != null && s.n() > 0) {
					tally.add(item, s.counts());
				}
			}
		}
		for (Item item : open) {
			tally.add(item, bestFirst(item).get(0), 1);
		}
		ScoreCard allPass = new ScoreCalculator(scheme).score(tally);
		return new Completion(open.size(), oit.items().size(), card.total(), card.level(), allPass.total(), allPass.level());
	}

	/**
	 * The weakest-first analysis with the unjudged OIT items taken out: they are a to-do
	 * ({@link #unjudgedItems}), not failures. An OIT indicator none of whose items is judged is not
	 * listed at all; levers are only judged items, at most {@code leversPerIndicator} per indicator.
	 */
	public static Weakness weakness(ScoreCard card, int leversPerIndicator) {
		Weakness w = Weakness.of(card, Integer.MAX_VALUE);
		Form oit = card.scheme().form(Tool.OIT);
		Set<String> unjudgedIndicators = new HashSet<>();
		for (Indicator indicator : oit.indicators()) {
			if (indicator.allQuestions().stream().flatMap(q -> q.items().stream()).allMatch(i -> unjudged(card, i.id()))) {
				unjudgedIndicators.add(indicator.id());
			}
		}
		Map<String, Integer> taken = new HashMap<>();
		List<Weakness.Lever> levers = new ArrayList<>();
		for (Weakness.Lever l : w.levers()) {
			boolean open = oit.item(l.itemId()).isPresent() && unjudged(card, l.itemId());
			if (!open && taken.merge(l.indicatorId(), 1, Integer::sum) <= leversPerIndicator) {
				levers.add(l);
			}
		}
		return new Weakness(w.urgent().stream().filter(i -> !unjudgedIndicators.contains(i.id())).toList(),
				w.toImprove().stream().filter(i -> !unjudgedIndicators.contains(i.id())).toList(), levers);
	}

	/** The OIT items nobody has judged yet, in the checklist's order. */
	public static List<Item> unjudgedItems(ScoreCard card) {
		return card.scheme().form(Tool.OIT).items().stream().filter(i -> unjudged(card, i.id())).toList();
	}

	/** Whether an OIT item is still waiting for a judgement. */
	public static boolean unjudged(ScoreCard card, String itemId) {
		ScoreCard.ItemScore s = card.item(itemId);
		return s == null || s.n() == 0;
	}
}
