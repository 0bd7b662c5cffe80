package th.ita.bot.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import th.ita.scoring.Tool;
import th.ita.survey.staff.StaffCommand;

/**
 * Reads staff commands from chat text, Thai word first, English alias second. A province admin may
 * end any command with an agency code ({@code คะแนน PKT}). Text that starts with a staff word but
 * does not fit is {@link Parsed.Malformed}, so staff get the usage instead of "not understood".
 */
final class StaffCommands {

	static final Set<String> REGISTER = Set.of("ลงทะเบียน", "REGISTER");

	static final Set<String> SCORE = Set.of("คะแนน", "SCORE");

	static final Set<String> INDICATOR = Set.of("ตัวชี้วัด", "ตัวชี้วัดที่", "INDICATOR");

	static final Set<String> ITEM = Set.of("ข้อ", "ITEM");

	static final Set<String> WEAK = Set.of("จุดอ่อน", "WEAK");

	static final Set<String> OIT = Set.of("OIT");

	static final Set<String> SET = Set.of("ตั้งค่า", "SET");

	static final Set<String> HEADCOUNT = Set.of("บุคลากร", "HEADCOUNT");

	static final Set<String> USERS = Set.of("ผู้รับบริการ", "USERS");

	static final Set<String> PASS = Set.of("ผ่าน", "PASS");

	static final Set<String> FAIL = Set.of("ไม่ผ่าน", "FAIL");

	private static final Pattern AGENCY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,19}");

	// ids come from the year's instrument: 3 (2563), EIT-2, OIT-1 …
	private static final Pattern INDICATOR_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,9}");

	private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z]{1,3}\\d{1,3}(\\.\\d{1,2})?");

	private static final Pattern OIT_ITEM_ID = Pattern.compile("[A-Za-z]{1,3}\\d{1,3}");

	private static final Pattern FISCAL_YEAR = Pattern.compile("2[5-7]\\d\\d");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})*|\\d+");

	private StaffCommands() {
	}

	/** The outcome of reading a text: a command, a staff word with wrong arguments, or not a staff command. */
	sealed interface Parsed {

		record Command(StaffCommand command) implements Parsed {
		}

		record Malformed(String word) implements Parsed {
		}

		record NotStaff() implements Parsed {
		}
	}

	static Parsed parse(String text) {
		String[] t = thaiDigitsToArabic(text == null ? "" : text.trim()).split("\\s+");
		if (t.length == 0 || t[0].isEmpty()) {
			return new Parsed.NotStaff();
		}
		String word = t[0].toUpperCase(Locale.ROOT);
		List<String> args = Arrays.asList(t).subList(1, t.length);
		StaffCommand command;
		if (REGISTER.contains(word)) {
			command = new StaffCommand.Register(String.join("", args));
		}
		else if (SCORE.contains(word)) {
			command = score(args);
		}
		else if (INDICATOR.contains(word)) {
			command = (args.size() == 1 || args.size() == 2) && INDICATOR_ID.matcher(args.get(0)).matches()
					&& agencyOrNone(args, 1)
							? new StaffCommand.ShowIndicator(indicatorId(args.get(0)), arg(args, 1))
							: null;
		}
		else if (ITEM.contains(word)) {
			command = (args.size() == 1 || args.size() == 2) && ITEM_ID.matcher(args.get(0)).matches()
					&& agencyOrNone(args, 1) ? new StaffCommand.ShowItem(args.get(0).toLowerCase(Locale.ROOT), arg(args, 1))
							: null;
		}
		else if (WEAK.contains(word)) {
			command = args.size() <= 1 && agencyOrNone(args, 0) ? new StaffCommand.Weaknesses(arg(args, 0)) : null;
		}
		else if (OIT.contains(word)) {
			command = oit(args);
		}
		else if (SET.contains(word)) {
			command = population(args);
		}
		else {
			return new Parsed.NotStaff();
		}
		return command == null ? new Parsed.Malformed(word) : new Parsed.Command(command);
	}

	/** {@code คะแนน [ปีงบประมาณ] [AGENCY]}: a year such as 2568 shows that year's figures on its instrument. */
	private static StaffCommand score(List<String> args) {
		Integer year = null;
		List<String> rest = new java.util.ArrayList<>(args);
		if (!rest.isEmpty() && FISCAL_YEAR.matcher(rest.get(0)).matches()) {
			year = Integer.valueOf(rest.remove(0));
		}
		else if (rest.size() == 2 && FISCAL_YEAR.matcher(rest.get(1)).matches()) {
			year = Integer.valueOf(rest.remove(1));
		}
		return rest.size() <= 1 && agencyOrNone(rest, 0) ? new StaffCommand.Score(arg(rest, 0), year) : null;
	}

	/** "03" is indicator 3; other ids as the instrument writes them (upper case). */
	private static String indicatorId(String typed) {
		return typed.matches("\\d+") ? String.valueOf(Integer.parseInt(typed)) : typed.toUpperCase(Locale.ROOT);
	}

	/** {@code OIT [AGENCY]} lists; {@code OIT o30 ผ่าน|ไม่ผ่าน [URL] [AGENCY]} records a judgement. */
	private static StaffCommand oit(List<String> args) {
		if (args.size() <= 1 && agencyOrNone(args, 0) && (args.isEmpty() || !OIT_ITEM_ID.matcher(args.get(0)).matches())) {
			return new StaffCommand.ListOit(arg(args, 0));
		}
		if (args.size() < 2 || args.size() > 4 || !OIT_ITEM_ID.matcher(args.get(0)).matches()) {
			return null;
		}
		String verdict = args.get(1).toUpperCase(Locale.ROOT);
		if (!PASS.contains(verdict) && !FAIL.contains(verdict)) {
			return null;
		}
		String url = null;
		String agency = null;
		for (String a : args.subList(2, args.size())) {
			if (a.contains(":") && url == null) { // a link; the service accepts only http(s) ones
				url = a;
			}
			else if (AGENCY.matcher(a).matches() && agency == null) {
				agency = a;
			}
			else {
				return null;
			}
		}
		return new StaffCommand.JudgeOit(args.get(0).toLowerCase(Locale.ROOT), PASS.contains(verdict), url, agency);
	}

	/** {@code ตั้งค่า บุคลากร 120 [AGENCY]}, {@code ตั้งค่า ผู้รับบริการ 5,000 [AGENCY]}. */
	private static StaffCommand population(List<String> args) {
		if (args.size() < 2 || args.size() > 3 || !NUMBER.matcher(args.get(1)).matches() || !agencyOrNone(args, 2)) {
			return null;
		}
		String what = args.get(0).toUpperCase(Locale.ROOT);
		Tool tool = HEADCOUNT.contains(what) ? Tool.IIT : USERS.contains(what) ? Tool.EIT : null;
		String digits = args.get(1).replace(",", "");
		if (tool == null || digits.length() > 9) {
			return null;
		}
		return new StaffCommand.SetPopulation(tool, Integer.parseInt(digits), arg(args, 2));
	}

	private static boolean agencyOrNone(List<String> args, int index) {
		return args.size() <= index || AGENCY.matcher(args.get(index)).matches();
	}

	private static String arg(List<String> args, int index) {
		return args.size() > index ? args.get(index) : null;
	}

	/** Thai phones often type ๑๒๐ for 120. */
	static String thaiDigitsToArabic(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			sb.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return sb.toString();
	}
}
