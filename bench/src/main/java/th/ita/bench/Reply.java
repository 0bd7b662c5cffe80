package th.ita.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static th.ita.bench.LoadBench.*;

/** A reply the bot sent through the LINE API stand-in: its texts and quick-reply actions. */
record Reply(String token, String text, List<Map<String, Object>> actions, long atNanos) {

	@SuppressWarnings("unchecked")
	static Reply of(String body, long at) {
		Map<String, Object> root = (Map<String, Object>) Json.parse(body);
		StringBuilder text = new StringBuilder();
		List<Map<String, Object>> actions = new ArrayList<>();
		for (Object o : (List<Object>) root.getOrDefault("messages", List.of())) {
			Map<String, Object> m = (Map<String, Object>) o;
			if (m.get("text") instanceof String t) {
				text.append(t).append('\n');
			}
			if (m.get("altText") instanceof String t) {
				text.append(t).append('\n');
			}
			if (m.get("quickReply") instanceof Map<?, ?> q && q.get("items") instanceof List<?> items) {
				for (Object item : items) {
					if (((Map<String, Object>) item).get("action") instanceof Map<?, ?> a) {
						actions.add((Map<String, Object>) a);
					}
				}
			}
		}
		return new Reply(String.valueOf(root.get("replyToken")), text.toString(), actions, at);
	}

	String postbackData(String prefix) {
		for (Map<String, Object> a : actions) {
			if ("postback".equals(a.get("type")) && String.valueOf(a.get("data")).startsWith(prefix)) {
				return String.valueOf(a.get("data"));
			}
		}
		return null;
	}

	List<String> answerButtons() {
		List<String> data = new ArrayList<>();
		for (Map<String, Object> a : actions) {
			if ("postback".equals(a.get("type")) && String.valueOf(a.get("data")).startsWith("a:")) {
				data.add(String.valueOf(a.get("data")));
			}
		}
		return data;
	}

	/** "ข้อ 7/19" → 7; 0 when no item is shown. */
	int itemNumber() {
		Matcher m = ITEM_NUMBER.matcher(text);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}
}
