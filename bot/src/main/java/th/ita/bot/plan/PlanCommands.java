package th.ita.bot.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the plan commands from chat text, Thai word first:
 * <ul>
 * <li>{@code แผน [AGENCY]} the plan; {@code แผน 3 [AGENCY]} one measure with its progress;</li>
 * <li>{@code เพิ่มมาตรการ [AGENCY] 10} then, on the next lines (or after {@code |}): measure, method,
 * responsible unit and, optionally, the period;</li>
 * <li>{@code ความคืบหน้า [AGENCY] 3 text} a progress report; {@code ลบมาตรการ [AGENCY] 3};</li>
 * <li>{@code ยืนยัน} / {@code ยกเลิก} for the change shown back.</li>
 * </ul>
 */
final class PlanCommands {

	static final Set<String> PLAN = Set.of("แผน", "แผนพัฒนา", "PLAN");

	static final Set<String> ADD = Set.of("เพิ่มมาตรการ", "ADD-MEASURE");

	static final Set<String> PROGRESS = Set.of("ความคืบหน้า", "รายงานผล", "PROGRESS");

	static final Set<String> DELETE = Set.of("ลบมาตรการ", "DELETE-MEASURE");

	static final Set<String> CONFIRM = Set.of("ยืนยัน", "CONFIRM");

	static final Set<String> CANCEL = Set.of("ยกเลิก", "CANCEL");

	static final String CONFIRM_DATA = "plan:ok";

	static final String CANCEL_DATA = "plan:no";

	private static final Pattern AGENCY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,19}");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

	private PlanCommands() {
	}

	sealed interface Parsed {
	}

	record Show(String agency, Integer number) implements Parsed {
	}

	record Add(String agency, String indicatorId, List<String> fields) implements Parsed {
	}

	record Progress(String agency, int number, String text) implements Parsed {
	}

	record Delete(String agency, int number) implements Parsed {
	}

	record Confirm() implements Parsed {
	}

	record Cancel() implements Parsed {
	}

	/** A plan word with arguments that do not fit: the usage is shown. */
	record Malformed(String word) implements Parsed {
	}

	record NotPlan() implements Parsed {
	}

	static Parsed parse(String input) {
		String text = input == null ? "" : input.strip();
		String[] parts = text.replace("\r", "").split("[\n|]", -1);
		String[] raw = parts[0].strip().split("\\s+");
		String[] head = thaiDigits(parts[0].strip()).split("\\s+");
		String word = head[0].toUpperCase(Locale.ROOT);
		List<String> args = Arrays.asList(head).subList(1, head.length);
		if (PLAN.contains(word) && parts.length == 1) {
			return show(args, word);
		}
		if (ADD.contains(word)) {
			List<String> fields = Arrays.stream(parts).skip(1).map(String::strip).toList();
			int i = agencyFirst(args);
			if (args.size() != i + 1 || !NUMBER.matcher(args.get(i)).matches() || fields.size() < 3 || fields.size() > 4
					|| fields.subList(0, 3).stream().anyMatch(String::isEmpty)) {
				return new Malformed(word);
			}
			return new Add(i == 1 ? args.get(0) : null, String.valueOf(Integer.parseInt(args.get(i))), fields);
		}
		if (PROGRESS.contains(word)) {
			int i = agencyFirst(args);
			if (args.size() <= i || !NUMBER.matcher(args.get(i)).matches()) {
				return new Malformed(word);
			}
			String rest = String.join(" ", Arrays.asList(raw).subList(i + 2, raw.length)); // the report as typed
			String more = String.join("\n", Arrays.asList(parts).subList(1, parts.length)).strip();
			String report = (rest + (more.isEmpty() ? "" : "\n" + more)).strip();
			if (report.isEmpty()) {
				return new Malformed(word);
			}
			return new Progress(i == 1 ? args.get(0) : null, Integer.parseInt(args.get(i)), report);
		}
		if (DELETE.contains(word)) {
			int i = agencyFirst(args);
			if (args.size() != i + 1 || !NUMBER.matcher(args.get(i)).matches() || parts.length > 1) {
				return new Malformed(word);
			}
			return new Delete(i == 1 ? args.get(0) : null, Integer.parseInt(args.get(i)));
		}
		if (parts.length == 1 && args.isEmpty() && CONFIRM.contains(word)) {
			return new Confirm();
		}
		if (parts.length == 1 && args.isEmpty() && CANCEL.contains(word)) {
			return new Cancel();
		}
		return new NotPlan();
	}

	private static Parsed show(List<String> args, String word) {
		if (args.isEmpty()) {
			return new Show(null, null);
		}
		if (args.size() == 1 && AGENCY.matcher(args.get(0)).matches()) {
			return new Show(args.get(0), null);
		}
		if (args.size() <= 2 && NUMBER.matcher(args.get(0)).matches()
				&& (args.size() == 1 || AGENCY.matcher(args.get(1)).matches())) {
			return new Show(args.size() == 2 ? args.get(1) : null, Integer.parseInt(args.get(0)));
		}
		return new Malformed(word);
	}

	/** 1 when the first argument is an agency code (a province admin acting for an agency), else 0. */
	private static int agencyFirst(List<String> args) {
		return !args.isEmpty() && AGENCY.matcher(args.get(0)).matches() ? 1 : 0;
	}

	static String thaiDigits(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			sb.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return sb.toString();
	}
}
