package th.ita.scoring.cli;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import th.ita.scoring.Item;
import th.ita.scoring.Scale;

/**
 * Maps one JSON answer to the index of an option on the item's scale (the index {@link
 * th.ita.scoring.Tally#add} counts). The scale's own option values are the vocabulary, so another
 * year's scale needs no code here.
 */
final class Answers {

	private Answers() {
	}

	/**
	 * An IIT/EIT answer: an option value ({@code "yes"}, {@code "3"}); on a numeric scale also the
	 * JSON number ({@code 3}), since exports write numbers for 1-4 answers.
	 */
	static int option(Item item, JsonNode value) {
		Scale scale = item.scale();
		if (value.isTextual() || value.isIntegralNumber()) {
			int index = scale.indexOf(value.asText());
			if (index >= 0) {
				return index;
			}
		}
		// the error path only: these checks would cost a regex per answer on a large file
		boolean numeric = isNumeric(scale);
		if (value.isTextual() || (numeric && value.isIntegralNumber())) {
			boolean looksNumeric = value.asText().matches("-?\\d+");
			throw invalid("answer", item, value, numeric && looksNumeric ? "is out of range" : "is not valid",
					expected(scale));
		}
		throw invalid("answer", item, value, "has the wrong type",
				expected(scale) + (numeric ? ", as a number or a string" : ""));
	}

	/**
	 * An OIT judgement: {@code true} (published, the scale's top-scoring option) or {@code false}; the
	 * option values ({@code "pass"}, {@code "fail"}) are accepted too.
	 */
	static int judgement(Item item, JsonNode value) {
		Scale scale = item.scale();
		if (value.isBoolean()) {
			return value.booleanValue() ? extreme(scale, 1) : extreme(scale, -1);
		}
		if (value.isTextual() && scale.indexOf(value.textValue()) >= 0) {
			return scale.indexOf(value.textValue());
		}
		throw invalid("judgement", item, value, value.isTextual() ? "is not valid" : "has the wrong type",
				"true or false");
	}

	/** Index of the highest (sign 1) or lowest (sign -1) scoring option. */
	private static int extreme(Scale scale, int sign) {
		List<Scale.Option> options = scale.options();
		int best = 0;
		for (int i = 1; i < options.size(); i++) {
			if (options.get(i).score().compareTo(options.get(best).score()) * sign > 0) {
				best = i;
			}
		}
		return best;
	}

	private static boolean isNumeric(Scale scale) {
		return scale.options().stream().allMatch(o -> o.value().matches("-?\\d+"));
	}

	/** "1, 2, 3 or 4" / "\"yes\" or \"no\"": the values a staff member may type. */
	private static String expected(Scale scale) {
		boolean numeric = isNumeric(scale);
		List<String> values = scale.options()
			.stream()
			.map(o -> numeric ? o.value() : "\"" + o.value() + "\"")
			.toList();
		return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
	}

	private static IllegalArgumentException invalid(String what, Item item, JsonNode value, String problem,
			String expected) {
		String shown = value.toString();
		if (shown.length() > 40) {
			shown = shown.substring(0, 37) + "...";
		}
		return new IllegalArgumentException(
				what + " " + shown + " for item \"" + item.id() + "\" " + problem + " (expected " + expected + ")");
	}
}
