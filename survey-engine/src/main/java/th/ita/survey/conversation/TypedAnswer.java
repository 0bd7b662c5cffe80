package th.ita.survey.conversation;

import java.util.Optional;

import th.ita.scoring.Scale;

/**
 * An answer typed instead of tapped (LINE for PC shows no quick replies): the option's number as
 * shown (1..n, Thai digits too) or its words, whole or one of its "/" parts ("ไม่มีเลย"). Only an
 * exact match counts: "น้อย" is น้อย, never น้อยที่สุด.
 */
final class TypedAnswer {

	private TypedAnswer() {
	}

	static Optional<String> match(Scale scale, String typed) {
		String t = normalize(typed);
		if (t.isEmpty()) {
			return Optional.empty();
		}
		if (t.chars().allMatch(Character::isDigit) && t.length() <= 2) {
			int n = Integer.parseInt(t);
			return n >= 1 && n <= scale.options().size() ? Optional.of(scale.options().get(n - 1).value()) : Optional.empty();
		}
		for (Scale.Option o : scale.options()) {
			if (normalize(o.label()).equals(t)) {
				return Optional.of(o.value());
			}
		}
		for (Scale.Option o : scale.options()) {
			for (String part : o.label().split("/")) {
				if (normalize(part).equals(t)) {
					return Optional.of(o.value());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Without spaces and quotes, without a leading "ตอบ", Thai digits as Arabic ones. ("ข้อ 2" is
	 * not taken as option 2: people write it about question 2.)
	 */
	static String normalize(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder b = new StringBuilder();
		s.codePoints().forEach(c -> {
			if (c >= '๐' && c <= '๙') {
				b.append((char) ('0' + (c - '๐')));
			}
			else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
					|| Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '/') {
				b.appendCodePoint(Character.toLowerCase(c));
			}
		});
		String t = b.toString();
		for (String prefix : new String[] { "ตอบ" }) {
			if (t.startsWith(prefix) && t.length() > prefix.length()) {
				String rest = t.substring(prefix.length());
				if (rest.chars().allMatch(Character::isDigit)) {
					t = rest;
				}
			}
		}
		return t;
	}
}
