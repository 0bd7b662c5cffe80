package th.ita.scoring.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import th.ita.scoring.Form;
import th.ita.scoring.Item;
import th.ita.scoring.Question;
import th.ita.scoring.Scheme;
import th.ita.scoring.Tally;
import th.ita.scoring.Tool;

/**
 * Reads a JSON-lines export one line at a time into one {@link Tally} per agency. The tallies are
 * all it keeps, so memory does not grow with the file. Every line is checked, also those of agencies
 * filtered out, so a file is either valid or not whatever {@code --agency} says; the first bad line
 * stops the read.
 */
final class ResponseReader {

	private static final ObjectReader JSON = JsonMapper.builder()
		// {"i2":1,"i2":4} is an export bug; silently keeping the last answer would hide it
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build()
		.reader();

	private final Scheme scheme;

	private final String onlyAgency;

	private final SortedMap<String, Tally> tallies = new TreeMap<>();

	private final SortedSet<String> agenciesSeen = new TreeSet<>();

	/** @param onlyAgency the one agency to tally, or null for all */
	ResponseReader(Scheme scheme, String onlyAgency) {
		this.scheme = scheme;
		this.onlyAgency = onlyAgency;
	}

	/** Tallies by agency code, sorted. */
	SortedMap<String, Tally> read(BufferedReader in) throws IOException, InputException {
		long number = 0;
		try {
			String line;
			while ((line = in.readLine()) != null) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1); // byte-order mark from spreadsheet exports
				}
				if (!line.isBlank()) {
					accept(number, line);
				}
			}
		}
		catch (CharacterCodingException ex) {
			// the decoder reads ahead, so the bad bytes are on this line or a later one
			throw new InputException(number + 1, "not UTF-8 text (at or after this line)");
		}
		return tallies;
	}

	/** Every agency code in the file, also those {@code --agency} left out. */
	SortedSet<String> agenciesSeen() {
		return agenciesSeen;
	}

	private void accept(long number, String line) throws InputException {
		JsonNode root;
		try {
			root = JSON.readTree(line);
		}
		catch (JsonProcessingException ex) {
			String column = ex.getLocation() == null ? "" : " at column " + ex.getLocation().getColumnNr();
			throw new InputException(number, "malformed JSON" + column + ": " + ex.getOriginalMessage());
		}
		if (!root.isObject()) {
			throw new InputException(number, "expected a JSON object {...}, found " + kind(root));
		}
		Tool tool = tool(number, root);
		String agency = agency(number, root);
		agenciesSeen.add(agency);
		Tally tally = onlyAgency == null || onlyAgency.equals(agency)
				? tallies.computeIfAbsent(agency, a -> new Tally())
				: null;
		Form form = scheme.form(tool);
		if (tool == Tool.OIT) {
			for (Map.Entry<String, JsonNode> e : object(number, root, "items", tool).properties()) {
				Item item = item(number, form, e.getKey());
				if (e.getValue().isNull()) {
					continue; // no judgement on this line: an earlier one stands
				}
				int option = parse(number, () -> Answers.judgement(item, e.getValue()));
				if (tally != null) {
					// the latest judgement of an item replaces the earlier one
					tally.clear(item).add(item, option, 1);
				}
			}
		}
		else {
			for (Map.Entry<String, JsonNode> e : object(number, root, "answers", tool).properties()) {
				Item item = item(number, form, e.getKey());
				if (e.getValue().isNull()) {
					continue; // exports write null for a question the respondent skipped
				}
				int option = parse(number, () -> Answers.option(item, e.getValue()));
				if (tally != null) {
					tally.add(item, option, 1);
				}
			}
			if (tally != null) {
				tally.addRespondents(tool, 1);
			}
		}
	}

	private static Tool tool(long number, JsonNode root) throws InputException {
		JsonNode form = root.get("form");
		if (form == null || form.isNull()) {
			throw new InputException(number, "missing \"form\" (IIT, EIT or OIT)");
		}
		if (!form.isTextual()) {
			throw new InputException(number, "\"form\" must be a string (IIT, EIT or OIT), found " + form);
		}
		try {
			return Tool.parse(form.textValue());
		}
		catch (IllegalArgumentException ex) {
			throw new InputException(number, "unknown form " + form + " (expected IIT, EIT or OIT)");
		}
	}

	private static String agency(long number, JsonNode root) throws InputException {
		JsonNode agency = root.get("agency");
		if (agency == null || agency.isNull()) {
			throw new InputException(number, "missing \"agency\"");
		}
		if (!agency.isTextual() || agency.textValue().isBlank()) {
			throw new InputException(number, "\"agency\" must be a non-empty string, found " + agency);
		}
		return agency.textValue();
	}

	private static JsonNode object(long number, JsonNode root, String field, Tool tool) throws InputException {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			throw new InputException(number, "missing \"" + field + "\" on an " + tool + " line");
		}
		if (!node.isObject()) {
			throw new InputException(number, "\"" + field + "\" must be an object {\"id\": ...}, found " + kind(node));
		}
		return node;
	}

	private Item item(long number, Form form, String id) throws InputException {
		Optional<Item> item = form.item(id);
		if (item.isPresent()) {
			return item.get();
		}
		String problem = "unknown item id \"" + id + "\"";
		for (Form other : scheme.forms().values()) {
			if (other.item(id).isPresent()) {
				throw new InputException(number, problem + " for form " + form.tool() + " (it is an " + other.tool() + " item)");
			}
		}
		Question question = form.questionsById().get(id);
		if (question != null) {
			throw new InputException(number, problem + " (" + id + " is a question; answer its items "
					+ String.join(", ", question.items().stream().map(Item::id).toList()) + ")");
		}
		throw new InputException(number, problem);
	}

	private static int parse(long number, IntSupplier parse) throws InputException {
		try {
			return parse.getAsInt();
		}
		catch (IllegalArgumentException ex) {
			throw new InputException(number, ex.getMessage());
		}
	}

	private static String kind(JsonNode node) {
		return switch (node.getNodeType()) {
			case ARRAY -> "an array";
			case OBJECT -> "an object";
			case STRING -> "a string";
			case NUMBER -> "a number";
			case BOOLEAN -> "a boolean";
			default -> node.toString();
		};
	}
}
