package th.ita.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The report's analysis section, computed: indicators under the pass mark weakest first ("ต้องแก้ไข
 * โดยเร่งด่วน"), the others weakest first ("ต้องพัฒนาให้ดีขึ้น"), and per urgent indicator the
 * items whose improvement would raise the total most. OIT items not judged yet are no levers: they
 * are listed by {@link ScoreCard#pending()} as a to-do. The instrument's guidance for an indicator
 * is {@link Scheme#guidance(String)}.
 */
public record Weakness(List<ScoreCard.IndicatorScore> urgent, List<ScoreCard.IndicatorScore> toImprove,
		List<Lever> levers) {

	/**
	 * An item and how many points of the total it would add if its score rose to 100: the item's
	 * share of the total is weight(tool) / indicators / questions (or sub-indicators) / items.
	 */
	public record Lever(String itemId, String indicatorId, BigDecimal score, BigDecimal gain) {
	}

	public static Weakness of(ScoreCard card, int leversPerIndicator) {
		Scheme scheme = card.scheme();
		List<String> order = scheme.forms().values().stream().flatMap(f -> f.indicators().stream()).map(Indicator::id).toList();
		Comparator<ScoreCard.IndicatorScore> weakestFirst = Comparator.comparing(ScoreCard.IndicatorScore::score)
			.thenComparing(i -> order.indexOf(i.id()));
		List<ScoreCard.IndicatorScore> all = card.indicators().values().stream().sorted(weakestFirst).toList();
		List<ScoreCard.IndicatorScore> urgent = all.stream()
			.filter(i -> i.score().compareTo(scheme.passMark()) < 0)
			.toList();
		List<ScoreCard.IndicatorScore> rest = all.stream()
			.filter(i -> i.score().compareTo(scheme.passMark()) >= 0)
			.toList();
		List<Lever> levers = new ArrayList<>();
		for (ScoreCard.IndicatorScore ind : urgent) {
			Form form = scheme.form(ind.tool());
			Indicator indicator = form.indicators().stream().filter(i -> i.id().equals(ind.id())).findFirst().orElseThrow();
			BigDecimal share = scheme.weights().get(ind.tool())
				.divide(BigDecimal.valueOf(form.indicators().size()), Rounding.WORK);
			List<Lever> mine = new ArrayList<>();
			if (indicator.subindicators().isEmpty()) {
				for (Question q : indicator.questions()) {
					BigDecimal qShare = share.divide(BigDecimal.valueOf((long) indicator.questions().size() * q.items().size()),
							Rounding.WORK);
					q.items().forEach(it -> lever(card, it, ind.id(), qShare).ifPresent(mine::add));
				}
			}
			else {
				for (Indicator.SubIndicator sub : indicator.subindicators()) {
					BigDecimal sShare = share.divide(
							BigDecimal.valueOf((long) indicator.subindicators().size() * sub.questions().size()), Rounding.WORK);
					sub.questions().forEach(q -> q.items().forEach(it -> lever(card, it, ind.id(), sShare).ifPresent(mine::add)));
				}
			}
			mine.sort(Comparator.comparing(Lever::gain).reversed().thenComparing(Lever::itemId));
			levers.addAll(mine.subList(0, Math.min(leversPerIndicator, mine.size())));
		}
		return new Weakness(urgent, rest, levers);
	}

	private static java.util.Optional<Lever> lever(ScoreCard card, Item item, String indicatorId, BigDecimal share) {
		ScoreCard.ItemScore is = card.item(item.id());
		// an unjudged OIT item is a to-do (ScoreCard.pending), not a failure to fix
		if (is == null || is.score() == null || is.score().compareTo(BigDecimal.valueOf(100)) >= 0
				|| card.unjudged(item.id())) {
			return java.util.Optional.empty();
		}
		BigDecimal gain = share.multiply(BigDecimal.valueOf(100).subtract(is.score())).setScale(2, RoundingMode.HALF_UP);
		return java.util.Optional.of(new Lever(item.id(), indicatorId, is.score(), gain));
	}
}
