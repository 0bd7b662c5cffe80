package th.ita.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a total becomes a result: letter levels by thresholds on the total (ITA 2563: AA ≥ 95 … F),
 * or pass tiers whose conditions look at the total and at each tool (fiscal 2566 on: ผ่านดีเยี่ยม,
 * ผ่านดี, ผ่าน, ต้องปรับปรุง, ต้องปรับปรุงโดยด่วน). Both judge the figures as printed (rounded).
 */
public sealed interface Rating permits Rating.Levels, Rating.Tiers {

	/**
	 * The result for a total and the tool scores. A tool missing from {@code tools} (not scored)
	 * fails every condition on it.
	 */
	String rate(BigDecimal total, Map<Tool, BigDecimal> tools);

	/** Every result name, best first (for legends and colours). */
	List<String> names();

	/**
	 * The lowest total that can earn {@code name} (a band's minimum, a tier's minimum total; 0 when
	 * the tier sets none or the name is unknown), so colours follow the rule, not the names.
	 */
	BigDecimal floor(String name);

	/** Letter levels: the first band whose minimum the total reaches, bands sorted highest first. */
	record Levels(List<Scheme.LevelBand> bands) implements Rating {

		public Levels {
			bands = bands.stream().sorted((a, b) -> b.min().compareTo(a.min())).toList();
		}

		@Override
		public String rate(BigDecimal total, Map<Tool, BigDecimal> tools) {
			for (Scheme.LevelBand band : bands) {
				if (total.compareTo(band.min()) >= 0) {
					return band.level();
				}
			}
			return bands.get(bands.size() - 1).level();
		}

		@Override
		public List<String> names() {
			return bands.stream().map(Scheme.LevelBand::level).toList();
		}

		@Override
		public BigDecimal floor(String name) {
			return bands.stream().filter(b -> b.level().equals(name)).map(Scheme.LevelBand::min).findFirst()
				.orElse(BigDecimal.ZERO);
		}
	}

	/**
	 * Tiers tried in order; the first whose conditions all hold is the result. The last tier has no
	 * conditions (the validator insists), so every total gets one.
	 */
	record Tiers(String id, String source, List<Tier> tiers) implements Rating {

		public Tiers {
			tiers = List.copyOf(tiers);
		}

		@Override
		public String rate(BigDecimal total, Map<Tool, BigDecimal> tools) {
			for (Tier tier : tiers) {
				if (tier.holds(total, tools)) {
					return tier.name();
				}
			}
			return tiers.get(tiers.size() - 1).name();
		}

		@Override
		public List<String> names() {
			return tiers.stream().map(Tier::name).toList();
		}

		@Override
		public BigDecimal floor(String name) {
			return tiers.stream().filter(t -> t.name().equals(name) && t.minTotal() != null).map(Tier::minTotal)
				.findFirst().orElse(BigDecimal.ZERO);
		}
	}

	/**
	 * One tier: total ≥ {@code minTotal} (null: any) and each tool in {@code minEachTool} at least its
	 * minimum.
	 */
	record Tier(String name, BigDecimal minTotal, Map<Tool, BigDecimal> minEachTool) {

		public Tier {
			minEachTool = Map.copyOf(minEachTool);
		}

		boolean holds(BigDecimal total, Map<Tool, BigDecimal> tools) {
			if (minTotal != null && total.compareTo(minTotal) < 0) {
				return false;
			}
			for (Map.Entry<Tool, BigDecimal> e : minEachTool.entrySet()) {
				BigDecimal score = tools.get(e.getKey());
				if (score == null || score.compareTo(e.getValue()) < 0) {
					return false;
				}
			}
			return true;
		}
	}
}
