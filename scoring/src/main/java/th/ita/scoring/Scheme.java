package th.ita.scoring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One assessment year's ITA instrument: scales and option scores, tool weights, the rating rule,
 * minimum samples and the three forms. Held as data ({@code ita/<year>/scheme.json} plus one file per
 * form, format in docs/INSTRUMENT.md), so another year is a new data directory, not new code.
 * {@code levels} holds the letter bands when the rating is {@link Rating.Levels} and is empty for
 * tiers; {@code source} says where the instrument was read from.
 */
public record Scheme(int year, String name, int decimals, BigDecimal passMark, Map<String, Scale> scales,
		Map<Tool, BigDecimal> weights, List<LevelBand> levels, Map<Tool, Form> forms, Rating rating,
		Map<Tool, SampleRule> samples, String source) {

	public Scheme {
		scales = Map.copyOf(scales);
		weights = new EnumMap<>(weights);
		levels = List.copyOf(levels);
		forms = forms.isEmpty() ? new EnumMap<>(Tool.class) : new EnumMap<>(forms);
		samples = samples.isEmpty() ? new EnumMap<>(Tool.class) : new EnumMap<>(samples);
	}

	/** The 2563 shape: letter levels, no sample rules. */
	public Scheme(int year, String name, int decimals, BigDecimal passMark, Map<String, Scale> scales,
			Map<Tool, BigDecimal> weights, List<LevelBand> levels, Map<Tool, Form> forms) {
		this(year, name, decimals, passMark, scales, weights, levels, forms, new Rating.Levels(levels), Map.of(), "");
	}

	/** A level and the lowest total (as printed, 2 decimals) that reaches it. */
	public record LevelBand(String level, BigDecimal min) {
	}

	/** Loads a year's instrument shipped in this build (classpath {@code ita/<year>/}), e.g. {@code Scheme.load(2563)}. */
	public static Scheme load(int year) {
		if (Scheme.class.getClassLoader().getResource("ita/" + year + "/" + SchemeLoader.SCHEME) == null) {
			throw new IllegalArgumentException("no ITA scheme data at classpath:ita/" + year + "/");
		}
		return SchemeLoader.load(InstrumentSource.classpath(year));
	}

	/**
	 * Loads an instrument directory an admin wrote. Throws {@link InstrumentException} listing every
	 * problem when the directory is invalid.
	 */
	public static Scheme load(Path directory) {
		return SchemeLoader.load(InstrumentSource.directory(directory));
	}

	public Form form(Tool tool) {
		Form form = forms.get(tool);
		if (form == null) {
			throw new IllegalArgumentException("scheme " + name + " has no " + tool + " form");
		}
		return form;
	}

	/**
	 * The level for a total alone, judged as printed (rounded first). With a tier rating the
	 * conditions on each tool count as unmet; use {@link #rate} when the tool scores are known.
	 */
	public String levelOf(BigDecimal total) {
		return rating.rate(Rounding.printed(total, decimals), Map.of());
	}

	/** The result for a total and the tool scores, all judged as printed. */
	public String rate(BigDecimal total, Map<Tool, BigDecimal> tools) {
		Map<Tool, BigDecimal> printed = new EnumMap<>(Tool.class);
		tools.forEach((t, s) -> {
			if (s != null) {
				printed.put(t, Rounding.printed(s, decimals));
			}
		});
		return rating.rate(Rounding.printed(total, decimals), printed);
	}

	/** The tools this instrument has, in IIT, EIT, OIT order. */
	public List<Tool> tools() {
		return List.copyOf(forms.keySet());
	}

	/** Finds the item in whichever form holds it ({@code i…}, {@code e…}, {@code o…}). */
	public Optional<Item> item(String itemId) {
		return forms.values().stream().flatMap(f -> f.item(itemId).stream()).findFirst();
	}

	/** Finds an indicator in whichever form holds it. */
	public Optional<Indicator> indicator(String indicatorId) {
		return forms.values()
			.stream()
			.flatMap(f -> f.indicators().stream())
			.filter(i -> i.id().equals(indicatorId))
			.findFirst();
	}

	/** The indicator's guidance ("ประเด็นที่ต้องแก้ไข/ปรับปรุง"), empty when the instrument has none. */
	public String guidance(String indicatorId) {
		return indicator(indicatorId).map(Indicator::guidance).orElse("");
	}
}
