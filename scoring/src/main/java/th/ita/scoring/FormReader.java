package th.ita.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and checks one form file. Questions sit inside their indicator (or sub-indicator), or in the
 * form's top-level {@code "questions"} and are named by id from the indicators; either way every
 * question must be in exactly one indicator. Ids are unique across the whole instrument, since
 * answers, postbacks and staff commands name items by id alone.
 */
final class FormReader {

	private static final Set<String> FORM_FIELDS = Set.of("tool", "title", "note", "questions", "indicators");

	private static final Set<String> INDICATOR_FIELDS = Set.of("id", "name", "guidance", "questions", "subindicators");

	private static final Set<String> SUB_FIELDS = Set.of("id", "name", "questions");

	private static final Set<String> QUESTION_FIELDS = Set.of("id", "scale", "text", "short", "detail", "group",
			"reverse", "labels", "items");

	private static final Set<String> ITEM_FIELDS = Set.of("id", "text", "short", "reverse");

	private final Problems problems;

	private final Map<String, Scale> scales;

	/** Indicator and sub-indicator ids of all forms read so far. */
	private final Set<String> indicatorIds = new HashSet<>();

	/** Question and item ids of all forms read so far (an item may share its own question's id). */
	private final Set<String> ids = new HashSet<>();

	private String file;

	/** Top-level questions of the current form, by id, with where they were defined. */
	private Map<String, JsonNode> shared;

	private Map<String, String> sharedPaths;

	private Set<String> used;

	FormReader(Problems problems, Map<String, Scale> scales) {
		this.problems = problems;
		this.scales = scales;
	}

	Form read(String file, JsonNode root, Tool expected) {
		this.file = file;
		problems.knownFields(file, "$", root, FORM_FIELDS);
		String toolName = problems.text(file, "$", root, "tool");
		if (toolName != null && !toolName.equalsIgnoreCase(expected.name())) {
			problems.error(file, "$.tool", "ไฟล์นี้เป็นแบบ " + toolName + " แต่ scheme.json ใช้เป็นแบบ " + expected,
					"this file is a " + toolName + " form but scheme.json uses it as " + expected);
		}
		String title = problems.text(file, "$", root, "title");
		shared = new LinkedHashMap<>();
		sharedPaths = new LinkedHashMap<>();
		used = new HashSet<>();
		JsonNode top = root.get("questions");
		if (top != null && !top.isNull()) {
			if (!top.isArray()) {
				problems.error(file, "$.questions", "ต้องเป็นรายการ [ ... ]", "must be an array [ ... ]");
			}
			else {
				for (int i = 0; i < top.size(); i++) {
					String id = top.get(i).path("id").asText("");
					if (!id.isEmpty() && shared.putIfAbsent(id, top.get(i)) == null) {
						sharedPaths.put(id, "$.questions[" + i + "]");
					}
					else if (!id.isEmpty()) {
						problems.error(file, "$.questions[" + i + "].id", "รหัสข้อ \"" + id + "\" ซ้ำ",
								"duplicate question id \"" + id + "\"");
					}
					else {
						problems.text(file, "$.questions[" + i + "]", top.get(i), "id");
					}
				}
			}
		}
		JsonNode array = problems.array(file, "$", root, "indicators");
		List<Indicator> indicators = new ArrayList<>();
		if (array != null) {
			for (int i = 0; i < array.size(); i++) {
				Indicator indicator = indicator("$.indicators[" + i + "]", array.get(i));
				if (indicator != null) {
					indicators.add(indicator);
				}
			}
		}
		shared.keySet().stream().filter(id -> !used.contains(id)).forEach(id -> problems.error(file,
				sharedPaths.get(id), "ข้อ " + id + " ไม่อยู่ในตัวชี้วัดใดเลย จะไม่ถูกถามและไม่ถูกนับคะแนน",
				"question " + id + " is in no indicator: it would be neither asked nor scored"));
		if (toolName == null || title == null || array == null || indicators.size() != array.size()) {
			return null;
		}
		return new Form(expected, title, indicators);
	}

	private Indicator indicator(String path, JsonNode node) {
		if (!node.isObject()) {
			problems.error(file, path, "ตัวชี้วัดต้องเป็นออบเจกต์ {id, name, questions}",
					"an indicator must be an object {id, name, questions}");
			return null;
		}
		problems.knownFields(file, path, node, INDICATOR_FIELDS);
		String id = indicatorId(path, node);
		String name = problems.text(file, path, node, "name");
		String guidance = problems.optionalText(file, path, node, "guidance");
		boolean hasQuestions = node.has("questions");
		boolean hasSubs = node.has("subindicators");
		if (hasQuestions == hasSubs) {
			problems.error(file, path, "ตัวชี้วัดต้องมีอย่างใดอย่างหนึ่ง: \"questions\" หรือ \"subindicators\"",
					"an indicator needs either \"questions\" or \"subindicators\", not both or neither");
			return null;
		}
		List<Question> questions = new ArrayList<>();
		List<Indicator.SubIndicator> subs = new ArrayList<>();
		boolean ok;
		if (hasQuestions) {
			ok = questions(path, node, questions);
		}
		else {
			JsonNode array = problems.array(file, path, node, "subindicators");
			ok = array != null;
			for (int i = 0; array != null && i < array.size(); i++) {
				String p = path + ".subindicators[" + i + "]";
				JsonNode sub = array.get(i);
				if (!sub.isObject()) {
					problems.error(file, p, "ต้องเป็นออบเจกต์ {id, name, questions}", "must be an object {id, name, questions}");
					ok = false;
					continue;
				}
				problems.knownFields(file, p, sub, SUB_FIELDS);
				String subId = indicatorId(p, sub);
				String subName = problems.text(file, p, sub, "name");
				List<Question> subQuestions = new ArrayList<>();
				boolean subOk = questions(p, sub, subQuestions);
				if (subId == null || subName == null || !subOk) {
					ok = false;
				}
				else {
					subs.add(new Indicator.SubIndicator(subId, subName, subQuestions));
				}
			}
		}
		if (id == null || name == null || guidance == null || !ok) {
			return null;
		}
		return new Indicator(id, name, questions, subs, guidance);
	}

	private String indicatorId(String path, JsonNode node) {
		String id = problems.text(file, path, node, "id");
		if (id != null && !indicatorIds.add(id)) {
			problems.error(file, path + ".id", "รหัสตัวชี้วัด \"" + id + "\" ซ้ำ", "duplicate indicator id \"" + id + "\"");
			return null;
		}
		return id;
	}

	/** Reads {@code node.questions} into {@code out}; false when any of them is invalid. */
	private boolean questions(String path, JsonNode node, List<Question> out) {
		JsonNode array = problems.array(file, path, node, "questions");
		if (array == null) {
			return false;
		}
		boolean ok = true;
		for (int i = 0; i < array.size(); i++) {
			String p = path + ".questions[" + i + "]";
			JsonNode q = array.get(i);
			if (q.isTextual()) {
				String ref = q.textValue();
				if (!shared.containsKey(ref)) {
					problems.error(file, p, "ไม่มีข้อ \"" + ref + "\" ใน \"questions\" ของแบบนี้",
							"no question \"" + ref + "\" in this form's \"questions\"");
					ok = false;
					continue;
				}
				if (!used.add(ref)) {
					problems.error(file, p, "ข้อ " + ref + " อยู่ในตัวชี้วัดมากกว่าหนึ่งแห่ง",
							"question " + ref + " is in more than one indicator");
					ok = false;
					continue;
				}
				q = shared.get(ref);
				p = sharedPaths.get(ref);
			}
			Question question = question(p, q);
			if (question == null) {
				ok = false;
			}
			else {
				out.add(question);
			}
		}
		return ok;
	}

	private Question question(String path, JsonNode q) {
		if (!q.isObject()) {
			problems.error(file, path, "ข้อคำถามต้องเป็นออบเจกต์ {id, scale, text} หรือรหัสข้อ",
					"a question must be an object {id, scale, text} or a question id");
			return null;
		}
		problems.knownFields(file, path, q, QUESTION_FIELDS);
		String id = problems.text(file, path, q, "id");
		if (id != null && !ids.add(id)) {
			problems.error(file, path + ".id", "รหัสข้อ \"" + id + "\" ซ้ำ", "duplicate question id \"" + id + "\"");
			id = null;
		}
		String text = problems.text(file, path, q, "text");
		String shortText = problems.optionalText(file, path, q, "short");
		String detail = problems.optionalText(file, path, q, "detail");
		String group = problems.optionalText(file, path, q, "group");
		boolean reverse = problems.flag(file, path, q, "reverse", false);
		Scale scale = scale(path, q);
		List<Item> items = new ArrayList<>();
		boolean ok = id != null && text != null && shortText != null && detail != null && group != null && scale != null;
		JsonNode itemArray = q.has("items") ? problems.array(file, path, q, "items") : null;
		if (q.has("items") && itemArray == null) {
			ok = false;
		}
		if (itemArray == null) {
			if (ok) {
				items.add(new Item(id, id, "", scale, reverse, shortText.isEmpty() ? text : shortText));
			}
		}
		else {
			for (int i = 0; i < itemArray.size(); i++) {
				String p = path + ".items[" + i + "]";
				JsonNode it = itemArray.get(i);
				if (!it.isObject()) {
					problems.error(file, p, "ข้อย่อยต้องเป็นออบเจกต์ {id, text}", "a sub-item must be an object {id, text}");
					ok = false;
					continue;
				}
				problems.knownFields(file, p, it, ITEM_FIELDS);
				String itemId = problems.text(file, p, it, "id");
				if (itemId != null && !itemId.equals(id) && !ids.add(itemId)) {
					problems.error(file, p + ".id", "รหัสข้อย่อย \"" + itemId + "\" ซ้ำ", "duplicate item id \"" + itemId + "\"");
					itemId = null;
				}
				String itemText = problems.text(file, p, it, "text");
				String itemShort = problems.optionalText(file, p, it, "short");
				boolean itemReverse = problems.flag(file, p, it, "reverse", reverse);
				if (ok && itemId != null && itemText != null && itemShort != null) {
					String shown = !itemShort.isEmpty() ? itemShort
							: shortText.isEmpty() ? itemText : shortText + ": " + itemText;
					items.add(new Item(itemId, id, itemText, scale, itemReverse, shown));
				}
				else {
					ok = false;
				}
			}
		}
		return ok ? new Question(id, text, detail, group, items) : null;
	}

	/** The question's scale, relabelled when the question words its options itself ({@code "labels"}). */
	private Scale scale(String path, JsonNode q) {
		String name = problems.text(file, path, q, "scale");
		if (name == null) {
			return null;
		}
		Scale scale = scales.get(name);
		if (scale == null) {
			problems.error(file, path + ".scale", "ไม่รู้จักมาตรวัด \"" + name + "\" (มีใน scheme.json: "
					+ String.join(", ", scales.keySet()) + ")",
					"unknown scale \"" + name + "\" (scheme.json has " + String.join(", ", scales.keySet()) + ")");
			return null;
		}
		JsonNode labels = q.get("labels");
		if (labels == null || labels.isNull()) {
			return scale;
		}
		if (!labels.isArray() || labels.size() != scale.options().size()) {
			problems.error(file, path + ".labels",
					"จำนวนคำตอบ " + labels.size() + " ไม่ตรงกับมาตรวัด " + name + " ซึ่งมี " + scale.options().size()
							+ " ตัวเลือก",
					labels.size() + " labels for scale " + name + ", which has " + scale.options().size() + " options");
			return null;
		}
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			if (!labels.get(i).isTextual() || labels.get(i).textValue().isBlank()) {
				problems.error(file, path + ".labels[" + i + "]", "คำตอบต้องเป็นข้อความที่ไม่ว่าง",
						"a label must be a non-empty string");
				return null;
			}
			texts.add(labels.get(i).textValue().strip());
		}
		return scale.relabelled(texts);
	}
}
