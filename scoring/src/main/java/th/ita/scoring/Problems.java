package th.ita.scoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Collects the problems of one instrument directory while it is read; small JSON checks with messages. */
final class Problems {

	private static final ObjectReader JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build()
		.reader();

	final List<InstrumentProblem> list = new ArrayList<>();

	void error(String file, String path, String thai, String english) {
		list.add(new InstrumentProblem(InstrumentProblem.Severity.ERROR, file, path, thai, english));
	}

	void warning(String file, String path, String thai, String english) {
		list.add(new InstrumentProblem(InstrumentProblem.Severity.WARNING, file, path, thai, english));
	}

	boolean hasErrors() {
		return list.stream().anyMatch(InstrumentProblem::isError);
	}

	/** Reads a JSON file; null (and a problem) when it is missing or not JSON. */
	JsonNode read(InstrumentSource source, String file, String referencedAt, String referencedFrom) {
		byte[] bytes;
		try {
			bytes = source.read(file);
		}
		catch (IOException ex) {
			error(file, "$", "อ่านไฟล์ไม่ได้: " + ex.getMessage(), "cannot read the file: " + ex.getMessage());
			return null;
		}
		if (bytes == null) {
			error(referencedFrom, referencedAt, "ไม่พบไฟล์ " + file + " ใน " + source.describe(),
					"no file " + file + " in " + source.describe());
			return null;
		}
		try {
			JsonNode node = JSON.readTree(bytes);
			if (node == null || !node.isObject()) {
				error(file, "$", "ไฟล์ต้องเป็นออบเจกต์ JSON { ... }", "the file must hold one JSON object { ... }");
				return null;
			}
			return node;
		}
		catch (JsonProcessingException ex) {
			String where = ex.getLocation() == null ? "$"
					: "line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr();
			boolean encoding = String.valueOf(ex.getOriginalMessage()).contains("UTF-8");
			error(file, where,
					"JSON ไม่ถูกต้อง: " + ex.getOriginalMessage() + (encoding ? " (บันทึกไฟล์เป็น UTF-8)" : ""),
					"malformed JSON: " + ex.getOriginalMessage() + (encoding ? " (save the file as UTF-8)" : ""));
			return null;
		}
		catch (IOException ex) {
			error(file, "$", "อ่านไฟล์ไม่ได้: " + ex.getMessage(), "cannot read the file: " + ex.getMessage());
			return null;
		}
	}

	/** Warns about fields the format does not know: usually a typo that would be silently ignored. */
	void knownFields(String file, String path, JsonNode node, Set<String> known) {
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			String name = it.next().getKey();
			if (!known.contains(name)) {
				warning(file, path + "." + name, "ไม่รู้จักช่อง \"" + name + "\" (สะกดผิดหรือไม่) จะไม่ถูกใช้",
						"unknown field \"" + name + "\" (a typo?); it is ignored");
			}
		}
	}

	/** A required non-blank string, or null with an error. */
	String text(String file, String path, JsonNode parent, String field) {
		JsonNode v = parent.get(field);
		if (v == null || v.isNull()) {
			error(file, path + "." + field, "ต้องมี \"" + field + "\"", "\"" + field + "\" is missing");
			return null;
		}
		if (!v.isTextual() || v.textValue().isBlank()) {
			error(file, path + "." + field, "\"" + field + "\" ต้องเป็นข้อความที่ไม่ว่าง",
					"\"" + field + "\" must be a non-empty string");
			return null;
		}
		return v.textValue().strip();
	}

	/** An optional string: "" when absent, null (and an error) when not a string. */
	String optionalText(String file, String path, JsonNode parent, String field) {
		JsonNode v = parent.get(field);
		if (v == null || v.isNull()) {
			return "";
		}
		if (!v.isTextual()) {
			error(file, path + "." + field, "\"" + field + "\" ต้องเป็นข้อความ", "\"" + field + "\" must be a string");
			return null;
		}
		return v.textValue().strip();
	}

	/** A number in [min, max], or null with an error (also when absent and {@code required}). */
	BigDecimal number(String file, String path, JsonNode parent, String field, BigDecimal min, BigDecimal max,
			boolean required) {
		JsonNode v = parent.get(field);
		if (v == null || v.isNull()) {
			if (required) {
				error(file, path + "." + field, "ต้องมี \"" + field + "\"", "\"" + field + "\" is missing");
			}
			return null;
		}
		if (!v.isNumber()) {
			error(file, path + "." + field, "\"" + field + "\" ต้องเป็นตัวเลข", "\"" + field + "\" must be a number");
			return null;
		}
		BigDecimal d = v.decimalValue();
		if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
			error(file, path + "." + field, "\"" + field + "\" ต้องอยู่ระหว่าง " + plain(min) + " ถึง " + plain(max),
					"\"" + field + "\" must be between " + plain(min) + " and " + plain(max) + ", not " + plain(d));
			return null;
		}
		return d;
	}

	/** A boolean, {@code fallback} when absent; an error when it is something else. */
	boolean flag(String file, String path, JsonNode parent, String field, boolean fallback) {
		JsonNode v = parent.get(field);
		if (v == null || v.isNull()) {
			return fallback;
		}
		if (!v.isBoolean()) {
			error(file, path + "." + field, "\"" + field + "\" ต้องเป็น true หรือ false",
					"\"" + field + "\" must be true or false");
			return fallback;
		}
		return v.booleanValue();
	}

	/** A non-empty array, or null with an error. */
	JsonNode array(String file, String path, JsonNode parent, String field) {
		JsonNode v = parent.get(field);
		if (v == null || v.isNull()) {
			error(file, path + "." + field, "ต้องมี \"" + field + "\"", "\"" + field + "\" is missing");
			return null;
		}
		if (!v.isArray() || v.isEmpty()) {
			error(file, path + "." + field, "\"" + field + "\" ต้องเป็นรายการ [ ... ] ที่มีอย่างน้อยหนึ่งรายการ",
					"\"" + field + "\" must be a non-empty array [ ... ]");
			return null;
		}
		return v;
	}

	static String plain(BigDecimal d) {
		return d.stripTrailingZeros().toPlainString();
	}
}
