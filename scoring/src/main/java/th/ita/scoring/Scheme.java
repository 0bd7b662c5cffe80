package th.ita.scoring;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One assessment year's ITA scheme: scales and option scores, tool weights, level bands and the
 * three forms. Held as data ({@code ita/<year>/scheme.json} plus one file per form), so another
 * year with another scale is a new data directory, not new code.
 */
public record Scheme(int year, String name, int decimals, BigDecimal passMark, Map<String, Scale> scales,
		Map<Tool, BigDecimal> weights, List<LevelBand> levels, Map<Tool, Form> forms) {

	public Scheme {
		scales = Map.copyOf(scales);
		weights = new EnumMap<>(weights);
		levels = List.copyOf(levels);
		forms = new EnumMap<>(forms);
	}

	/** A level and the lowest total (as printed, 2 decimals) that reaches it. */
	public record LevelBand(String level, BigDecimal min) {
	}

	/** Loads a year's scheme from the classpath, e.g. {@code Scheme.load(2563)}. */
	public static Scheme load(int year) {
		return SchemeLoader.fromClasspath(year);
	}

	public Form form(Tool tool) {
		Form form = forms.get(tool);
		if (form == null) {
			throw new IllegalArgumentException("scheme " + name + " has no " + tool + " form");
		}
		return form;
	}

	/** The level for a total; the total is judged as printed, i.e. rounded first. */
	public String levelOf(BigDecimal total) {
		BigDecimal printed = Rounding.printed(total, decimals);
		for (LevelBand band : levels) {
			if (printed.compareTo(band.min()) >= 0) {
				return band.level();
			}
		}
		return levels.get(levels.size() - 1).level();
	}

	/** Finds the item in whichever form holds it ({@code i…}, {@code e…}, {@code o…}). */
	public java.util.Optional<Item> item(String itemId) {
		return forms.values().stream().flatMap(f -> f.item(itemId).stream()).findFirst();
	}
}
