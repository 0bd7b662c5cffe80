package th.ita.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the rating rule of {@code scheme.json}: {@code "levels": [...]} (letter levels, the 2563
 * shape) or {@code "rating": {"levels"|"tiers": [...]}} or {@code "rating": {"use": "tiers-2567"}}, a
 * rating definition shipped in {@code ita/ratings/}.
 */
final class RatingReader {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Set<String> RATING_FIELDS = Set.of("levels", "tiers", "use", "id", "source", "note");

	private static final Set<String> TIER_FIELDS = Set.of("name", "minTotal", "minEachTool");

	private final Problems problems;

	private final Set<Tool> tools;

	RatingReader(Problems problems, Set<Tool> tools) {
		this.problems = problems;
		this.tools = tools;
	}

	Rating read(JsonNode root) {
		String f = SchemeLoader.SCHEME;
		boolean levels = root.has("levels");
		boolean rating = root.has("rating");
		if (levels && rating) {
			problems.error(f, "$.rating", "มีทั้ง \"levels\" และ \"rating\": เลือกอย่างใดอย่างหนึ่ง",
					"both \"levels\" and \"rating\": give one of them");
			return null;
		}
		if (levels) {
			return levels(f, "$", root);
		}
		if (!rating) {
			problems.error(f, "$.rating", "ต้องมีเกณฑ์การตัดสินผล \"rating\" (หรือ \"levels\")",
					"the rating rule \"rating\" (or \"levels\") is missing");
			return null;
		}
		return rating(f, "$.rating", root.get("rating"));
	}

	private Rating rating(String f, String path, JsonNode node) {
		if (!node.isObject()) {
			problems.error(f, path, "ต้องเป็นออบเจกต์", "must be an object");
			return null;
		}
		problems.knownFields(f, path, node, RATING_FIELDS);
		int kinds = (node.has("levels") ? 1 : 0) + (node.has("tiers") ? 1 : 0) + (node.has("use") ? 1 : 0);
		if (kinds != 1) {
			problems.error(f, path, "ต้องมีอย่างใดอย่างหนึ่งเท่านั้น: \"levels\", \"tiers\" หรือ \"use\"",
					"give exactly one of \"levels\", \"tiers\" or \"use\"");
			return null;
		}
		if (node.has("levels")) {
			return levels(f, path, node);
		}
		if (node.has("tiers")) {
			return tiers(f, path, node);
		}
		String id = problems.text(f, path, node, "use");
		if (id == null) {
			return null;
		}
		if (!id.matches("[A-Za-z0-9_-]+")) {
			problems.error(f, path + ".use", "ชื่อเกณฑ์ \"" + id + "\" ไม่ถูกต้อง", "invalid rating name \"" + id + "\"");
			return null;
		}
		String file = "ita/ratings/" + id + ".json";
		Problems shipped = new Problems();
		JsonNode definition = shipped.read(InstrumentSource.classpath("ita/ratings/"), id + ".json", path + ".use", f);
		if (definition == null) {
			problems.error(f, path + ".use", "ไม่มีเกณฑ์การตัดสินผลชื่อ \"" + id + "\" ในโปรแกรมนี้ (ดู " + file + ")",
					"no rating definition \"" + id + "\" in this build (see " + file + ")");
			return null;
		}
		return rating(file, "$", definition);
	}

	private Rating levels(String f, String path, JsonNode node) {
		JsonNode array = problems.array(f, path, node, "levels");
		if (array == null) {
			return null;
		}
		List<Scheme.LevelBand> bands = new ArrayList<>();
		Set<String> names = new HashSet<>();
		Set<BigDecimal> mins = new HashSet<>();
		boolean ok = true;
		for (int i = 0; i < array.size(); i++) {
			String p = path + ".levels[" + i + "]";
			JsonNode band = array.get(i);
			if (!band.isObject()) {
				problems.error(f, p, "ต้องเป็นออบเจกต์ {level, min}", "must be an object {level, min}");
				ok = false;
				continue;
			}
			problems.knownFields(f, p, band, Set.of("level", "min"));
			String level = problems.text(f, p, band, "level");
			BigDecimal min = problems.number(f, p, band, "min", BigDecimal.ZERO, HUNDRED, true);
			if (level != null && !names.add(level)) {
				problems.error(f, p + ".level", "ระดับ \"" + level + "\" ซ้ำ", "duplicate level \"" + level + "\"");
			}
			if (min != null && !mins.add(min.stripTrailingZeros())) {
				problems.error(f, p + ".min", "เกณฑ์ขั้นต่ำ " + Problems.plain(min) + " ซ้ำกับระดับอื่น",
						"threshold " + Problems.plain(min) + " is used by another level");
			}
			if (level == null || min == null) {
				ok = false;
			}
			else {
				bands.add(new Scheme.LevelBand(level, min));
			}
		}
		if (ok && bands.stream().noneMatch(b -> b.min().signum() == 0)) {
			problems.error(f, path + ".levels", "ต้องมีระดับที่มีเกณฑ์ขั้นต่ำ 0 มิฉะนั้นคะแนนต่ำสุดจะไม่มีระดับ",
					"one level must have min 0, or the lowest totals get no level");
		}
		return ok ? new Rating.Levels(bands) : null;
	}

	private Rating tiers(String f, String path, JsonNode node) {
		JsonNode array = problems.array(f, path, node, "tiers");
		if (array == null) {
			return null;
		}
		List<Rating.Tier> tiers = new ArrayList<>();
		Set<String> names = new HashSet<>();
		boolean ok = true;
		BigDecimal previousMin = HUNDRED;
		for (int i = 0; i < array.size(); i++) {
			String p = path + ".tiers[" + i + "]";
			JsonNode t = array.get(i);
			if (!t.isObject()) {
				problems.error(f, p, "ต้องเป็นออบเจกต์ {name, minTotal, minEachTool}",
						"must be an object {name, minTotal, minEachTool}");
				ok = false;
				continue;
			}
			problems.knownFields(f, p, t, TIER_FIELDS);
			String name = problems.text(f, p, t, "name");
			if (name != null && !names.add(name)) {
				problems.error(f, p + ".name", "ชื่อผลการประเมิน \"" + name + "\" ซ้ำ", "duplicate tier \"" + name + "\"");
			}
			BigDecimal minTotal = problems.number(f, p, t, "minTotal", BigDecimal.ZERO, HUNDRED, false);
			if (t.has("minTotal") && minTotal == null) {
				ok = false;
			}
			if (minTotal != null && minTotal.compareTo(previousMin) > 0) {
				problems.error(f, p + ".minTotal",
						"เกณฑ์คะแนนรวมต้องเรียงจากสูงไปต่ำ (" + Problems.plain(minTotal) + " สูงกว่าระดับก่อนหน้า "
								+ Problems.plain(previousMin) + ")",
						"tier thresholds must go from high to low (" + Problems.plain(minTotal) + " is above the previous "
								+ Problems.plain(previousMin) + ")");
			}
			if (minTotal != null) {
				previousMin = minTotal;
			}
			Map<Tool, BigDecimal> each = eachTool(f, p, t);
			if (each == null || name == null) {
				ok = false;
				continue;
			}
			boolean last = i == array.size() - 1;
			boolean unconditional = minTotal == null && each.isEmpty();
			if (last && !unconditional) {
				problems.error(f, p, "ระดับสุดท้ายต้องไม่มีเงื่อนไข (รับทุกคะแนนที่ต่ำกว่าระดับอื่น)",
						"the last tier must have no conditions, so every total gets a result");
			}
			if (!last && unconditional) {
				problems.error(f, p, "ระดับที่ไม่มีเงื่อนไขต้องอยู่ท้ายสุด ระดับที่ตามมาจะไม่มีทางได้",
						"a tier without conditions must come last; the tiers after it can never be reached");
			}
			tiers.add(new Rating.Tier(name, minTotal, each));
		}
		String id = node.path("id").asText("");
		String source = node.path("source").asText("");
		return ok ? new Rating.Tiers(id, source, tiers) : null;
	}

	/** {@code "minEachTool": 85} (every tool of the instrument) or {@code {"IIT": 85, "OIT": 90}}. */
	private Map<Tool, BigDecimal> eachTool(String f, String p, JsonNode t) {
		Map<Tool, BigDecimal> each = new EnumMap<>(Tool.class);
		JsonNode v = t.get("minEachTool");
		if (v == null || v.isNull()) {
			return each;
		}
		if (v.isNumber()) {
			BigDecimal min = problems.number(f, p, t, "minEachTool", BigDecimal.ZERO, HUNDRED, true);
			if (min == null) {
				return null;
			}
			tools.forEach(tool -> each.put(tool, min));
			return each;
		}
		if (!v.isObject()) {
			problems.error(f, p + ".minEachTool", "ต้องเป็นตัวเลข หรือ {\"IIT\": 85, ...}",
					"must be a number or {\"IIT\": 85, ...}");
			return null;
		}
		boolean ok = true;
		for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
			String key = it.next().getKey();
			Tool tool;
			try {
				tool = Tool.parse(key);
			}
			catch (IllegalArgumentException ex) {
				problems.error(f, p + ".minEachTool." + key, "ไม่รู้จักเครื่องมือ \"" + key + "\"",
						"unknown tool \"" + key + "\"");
				ok = false;
				continue;
			}
			if (!tools.contains(tool)) {
				problems.error(f, p + ".minEachTool." + key, "เครื่องมือ " + tool + " ไม่อยู่ใน \"tools\"",
						"tool " + tool + " is not in \"tools\"");
				ok = false;
				continue;
			}
			BigDecimal min = problems.number(f, p + ".minEachTool", v, key, BigDecimal.ZERO, HUNDRED, true);
			if (min == null) {
				ok = false;
			}
			else {
				each.put(tool, min);
			}
		}
		return ok ? each : null;
	}
}
