package th.ita.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and checks one question of a form file: its texts, its scale (relabelled when the question
 * words its options itself) and its sub-items. Question and item ids are unique across the whole
 * instrument, so one reader serves all of its forms.
 */
final class QuestionReader {

	private static final Set<String> QUESTION_FIELDS = Set.of("id", "scale", "text", "short", "detail", "group",
			"reverse", "labels", "items");

	private static final Set<String> ITEM_FIELDS = Set.of("id", "text", "short", "reverse");

	private final Problems problems;

	private final Map<String, Scale> scales;

	/** Question and item ids of all forms read so far (an item may share its own question's id). */
	private final Set<String> ids = new HashSet<>();

	QuestionReader(Problems problems, Map<String, Scale> scales) {
		this.problems = problems;
		this.scales = scales;
	}

	/** The question at {@code path} of {@code file}, or null when it is invalid (the problems are reported). */
	Question read(String file, String path, JsonNode q) {
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
		Scale scale = scale(file, path, q);
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
	private Scale scale(String file, String path, JsonNode q) {
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
