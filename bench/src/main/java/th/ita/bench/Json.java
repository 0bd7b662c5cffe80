package th.ita.bench;

import tools.jackson.databind.json.JsonMapper;

/** JSON through Jackson: the bot's replies read as plain maps and lists, strings quoted for event bodies. */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	/** A JSON document as maps, lists, strings, numbers, booleans and nulls. */
	static Object parse(String s) {
		return MAPPER.readValue(s, Object.class);
	}

	/** A JSON string literal, quotes included. */
	static String quote(String v) {
		return MAPPER.writeValueAsString(v);
	}
}
