package th.ita.survey.complaint;

import th.ita.survey.complaint.ComplaintStep.Reason;

/**
 * A text message written into the channel (a part of a complaint, an opinion, an addition), checked
 * the same way everywhere: stripped, refused when empty or longer than one LINE message
 * ({@link ComplaintService#MAX_PART} characters, counted as code points).
 *
 * @param text the stripped text, when accepted
 * @param length its length in code points
 * @param refusal why it is not taken, or null
 */
record TypedText(String text, int length, Reason refusal) {

	static TypedText of(String typed) {
		String t = typed == null ? "" : typed.strip();
		if (t.isEmpty()) {
			return new TypedText(null, 0, Reason.EMPTY_TEXT);
		}
		int length = t.codePointCount(0, t.length());
		if (length > ComplaintService.MAX_PART) {
			return new TypedText(null, length, Reason.PART_TOO_LONG);
		}
		return new TypedText(t, length, null);
	}

	boolean refused() {
		return refusal != null;
	}
}
