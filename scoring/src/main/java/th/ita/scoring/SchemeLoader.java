package th.ita.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and checks an instrument directory: {@code scheme.json} and the form files it names. Every
 * problem is collected (not just the first), so an admin fixes a file in one round; the instrument is
 * built only when there is no error.
 */
final class SchemeLoader {

	static final String SCHEME = "scheme.json";

	private static final BigDecimal ZERO = BigDecimal.ZERO;

	private static final BigDecimal ONE = BigDecimal.ONE;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Set<String> SCHEME_FIELDS = Set.of("year", "name", "note", "decimals", "passMark", "scales",
			"tools", "levels", "rating", "source");

	private static final Set<String> OPTION_FIELDS = Set.of("value", "label", "short", "score");

	private static final Set<String> TOOL_FIELDS = Set.of("tool", "weight", "form", "sample");

	private static final Set<String> SAMPLE_FIELDS = Set.of("percent", "minimum", "capAbove", "cap");

	private final InstrumentSource source;

	private final Problems problems = new Problems();

	private Scheme scheme;

	private SchemeLoader(InstrumentSource source) {
		this.source = source;
	}

	/** The instrument, or {@link InstrumentException} with every error found. */
	static Scheme load(InstrumentSource source) {
		SchemeLoader loader = new SchemeLoader(source);
		loader.read();
		if (loader.problems.hasErrors()) {
			throw new InstrumentException(source.describe(),
					loader.problems.list.stream().filter(InstrumentProblem::isError).toList());
		}
		return loader.scheme;
	}

	/** Every problem (errors and warnings) in the directory; empty when it is a clean instrument. */
	static List<InstrumentProblem> check(InstrumentSource source) {
		SchemeLoader loader = new SchemeLoader(source);
		try {
			loader.read();
		}
		catch (RuntimeException ex) {
			// a check must report, not crash: whatever slipped past the checks is one more problem
			loader.problems.error(SCHEME, "$", "ตรวจไม่สำเร็จ: " + ex, "the check failed: " + ex);
		}
		return List.copyOf(loader.problems.list);
	}

	private void read() {
		JsonNode root = problems.read(source, SCHEME, "$", SCHEME);
		if (root == null) {
			return;
		}
		String f = SCHEME;
		problems.knownFields(f, "$", root, SCHEME_FIELDS);
		BigDecimal year = problems.number(f, "$", root, "year", BigDecimal.valueOf(2500), BigDecimal.valueOf(2700), true);
		if (year != null && year.stripTrailingZeros().scale() > 0) {
			problems.error(f, "$.year", "ปีงบประมาณต้องเป็นจำนวนเต็ม พ.ศ. เช่น 2567",
					"\"year\" must be a whole Buddhist-era year such as 2567");
		}
		String name = problems.text(f, "$", root, "name");
		BigDecimal decimals = root.has("decimals")
				? problems.number(f, "$", root, "decimals", ZERO, BigDecimal.valueOf(4), true) : BigDecimal.valueOf(2);
		BigDecimal passMark = problems.number(f, "$", root, "passMark", ZERO, HUNDRED, true);
		Map<String, Scale> scales = scales(root);
		Map<Tool, BigDecimal> weights = new EnumMap<>(Tool.class);
		Map<Tool, String> formFiles = new EnumMap<>(Tool.class);
		Map<Tool, SampleRule> samples = new EnumMap<>(Tool.class);
		tools(root, weights, formFiles, samples);
		RatingReader ratings = new RatingReader(problems, weights.keySet());
		Rating rating = ratings.read(root);

		FormReader forms = new FormReader(problems, scales);
		Map<Tool, Form> formsByTool = new EnumMap<>(Tool.class);
		formFiles.forEach((tool, file) -> {
			int index = toolIndex(root, tool);
			JsonNode form = problems.read(source, file, "$.tools[" + index + "].form", f);
			if (form != null) {
				Form read = forms.read(file, form, tool);
				if (read != null) {
					formsByTool.put(tool, read);
				}
			}
		});
		if (problems.hasErrors()) {
			return;
		}
		List<Scheme.LevelBand> levels = rating instanceof Rating.Levels l ? l.bands() : List.of();
		scheme = new Scheme(year.intValue(), name, decimals.intValue(), passMark, scales, weights, levels, formsByTool,
				rating, samples, source.describe());
	}

	private Map<String, Scale> scales(JsonNode root) {
		Map<String, Scale> scales = new LinkedHashMap<>();
		JsonNode node = root.get("scales");
		if (node == null || !node.isObject() || node.isEmpty()) {
			problems.error(SCHEME, "$.scales", "ต้องมี \"scales\" อย่างน้อยหนึ่งมาตรวัด เช่น {\"LEVEL4\": [...]}",
					"\"scales\" must hold at least one scale, e.g. {\"LEVEL4\": [...]}");
			return scales;
		}
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			String path = "$.scales." + e.getKey();
			JsonNode options = e.getValue();
			if (!options.isArray() || options.size() < 2) {
				problems.error(SCHEME, path, "มาตรวัดต้องมีตัวเลือกอย่างน้อย 2 ตัวเลือก",
						"a scale needs an array of at least 2 options");
				continue;
			}
			List<Scale.Option> list = new ArrayList<>();
			Set<String> values = new HashSet<>();
			BigDecimal top = null;
			for (int i = 0; i < options.size(); i++) {
				JsonNode o = options.get(i);
				String p = path + "[" + i + "]";
				if (!o.isObject()) {
					problems.error(SCHEME, p, "ตัวเลือกต้องเป็นออบเจกต์ {value, label, score}",
							"an option must be an object {value, label, score}");
					continue;
				}
				problems.knownFields(SCHEME, p, o, OPTION_FIELDS);
				String value = problems.text(SCHEME, p, o, "value");
				String label = problems.text(SCHEME, p, o, "label");
				String shortLabel = problems.optionalText(SCHEME, p, o, "short");
				BigDecimal score = problems.number(SCHEME, p, o, "score", ZERO, HUNDRED, true);
				if (value != null && !values.add(value)) {
					problems.error(SCHEME, p + ".value", "ค่าตัวเลือก \"" + value + "\" ซ้ำในมาตรวัดเดียวกัน",
							"duplicate option value \"" + value + "\" in one scale");
				}
				if (shortLabel != null && shortLabel.length() > 20) {
					problems.warning(SCHEME, p + ".short", "ชื่อย่อยาวเกิน 20 ตัวอักษร (ปุ่มใน LINE จะถูกตัด)",
							"short label longer than 20 characters (LINE cuts button labels)");
				}
				if (value != null && label != null && score != null && shortLabel != null) {
					list.add(new Scale.Option(value, label, score, shortLabel.isEmpty() ? label : shortLabel));
					top = top == null ? score : top.max(score);
				}
			}
			if (top != null && top.compareTo(HUNDRED) != 0) {
				problems.warning(SCHEME, path, "ไม่มีตัวเลือกที่ได้ 100 คะแนน: คะแนนเต็มจะไม่ถึง 100",
						"no option scores 100, so no item can reach full marks");
			}
			if (list.size() == options.size()) {
				scales.put(e.getKey(), new Scale(e.getKey(), list));
			}
		}
		return scales;
	}

	private void tools(JsonNode root, Map<Tool, BigDecimal> weights, Map<Tool, String> formFiles,
			Map<Tool, SampleRule> samples) {
		JsonNode tools = problems.array(SCHEME, "$", root, "tools");
		if (tools == null) {
			return;
		}
		BigDecimal sum = ZERO;
		boolean allWeights = true;
		for (int i = 0; i < tools.size(); i++) {
			JsonNode t = tools.get(i);
			String p = "$.tools[" + i + "]";
			if (!t.isObject()) {
				problems.error(SCHEME, p, "ต้องเป็นออบเจกต์ {tool, weight, form}", "must be an object {tool, weight, form}");
				allWeights = false;
				continue;
			}
			problems.knownFields(SCHEME, p, t, TOOL_FIELDS);
			String name = problems.text(SCHEME, p, t, "tool");
			Tool tool = null;
			if (name != null) {
				try {
					tool = Tool.parse(name);
				}
				catch (IllegalArgumentException ex) {
					problems.error(SCHEME, p + ".tool", "ไม่รู้จักเครื่องมือ \"" + name + "\" (IIT, EIT หรือ OIT)",
							"unknown tool \"" + name + "\" (IIT, EIT or OIT)");
				}
			}
			if (tool != null && weights.containsKey(tool)) {
				problems.error(SCHEME, p + ".tool", "เครื่องมือ " + tool + " ซ้ำ", "duplicate tool " + tool);
				tool = null;
			}
			BigDecimal weight = problems.number(SCHEME, p, t, "weight", ZERO, ONE, true);
			if (weight == null) {
				allWeights = false;
			}
			else {
				sum = sum.add(weight);
			}
			String form = problems.text(SCHEME, p, t, "form");
			if (tool != null && weight != null && form != null) {
				weights.put(tool, weight);
				formFiles.put(tool, form);
			}
			if (tool != null && t.has("sample")) {
				SampleRule rule = sample(p + ".sample", t.get("sample"));
				if (rule != null) {
					samples.put(tool, rule);
				}
			}
		}
		for (Tool tool : Tool.values()) {
			if (allWeights && !weights.containsKey(tool)) {
				problems.error(SCHEME, "$.tools", "ไม่มีเครื่องมือ " + tool + ": ต้องมีครบทั้ง IIT, EIT และ OIT",
						"no " + tool + " tool: the surveys, scores and reports need all of IIT, EIT and OIT");
			}
		}
		if (allWeights && sum.compareTo(ONE) != 0) {
			problems.error(SCHEME, "$.tools", "น้ำหนักของเครื่องมือรวมกันได้ " + Problems.plain(sum) + " ต้องรวมได้ 1",
					"tool weights sum to " + Problems.plain(sum) + ", they must sum to 1");
		}
	}

	private SampleRule sample(String path, JsonNode s) {
		if (!s.isObject()) {
			problems.error(SCHEME, path, "ต้องเป็นออบเจกต์ {percent, minimum, capAbove, cap}",
					"must be an object {percent, minimum, capAbove, cap}");
			return null;
		}
		problems.knownFields(SCHEME, path, s, SAMPLE_FIELDS);
		BigDecimal percent = problems.number(SCHEME, path, s, "percent", ONE, HUNDRED, true);
		BigDecimal minimum = problems.number(SCHEME, path, s, "minimum", ONE, BigDecimal.valueOf(1_000_000), true);
		BigDecimal capAbove = problems.number(SCHEME, path, s, "capAbove", ZERO, BigDecimal.valueOf(100_000_000), false);
		BigDecimal cap = problems.number(SCHEME, path, s, "cap", ONE, BigDecimal.valueOf(1_000_000), capAbove != null);
		if (percent == null || minimum == null || (capAbove != null && cap == null)) {
			return null;
		}
		return new SampleRule(percent.intValue(), minimum.intValue(), capAbove == null ? 0 : capAbove.intValue(),
				cap == null ? 0 : cap.intValue());
	}

	private static int toolIndex(JsonNode root, Tool tool) {
		JsonNode tools = root.get("tools");
		for (int i = 0; i < tools.size(); i++) {
			if (tools.get(i).path("tool").asText("").trim().equalsIgnoreCase(tool.name())) {
				return i;
			}
		}
		return 0;
	}
}
