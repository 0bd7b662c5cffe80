package th.ita.bot.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code --name value} (or {@code --name=value}) options of an admin command. Options the
 * command does not know but that hold a "=" are Spring settings ({@code --spring.mongodb.uri=...})
 * and are left to Spring.
 */
final class AdminOptions {

	private AdminOptions() {
	}

	static Map<String, String> parse(List<String> args, List<String> known) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (!a.startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument: " + a);
			}
			String name = a.substring(2);
			String value;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				value = args.get(++i);
			}
			else {
				throw new IllegalArgumentException("option --" + name + " needs a value");
			}
			if (known.contains(name)) {
				options.put(name, value);
			}
			else if (eq < 0) {
				throw new IllegalArgumentException("unknown option --" + name);
			}
		}
		return options;
	}
}
