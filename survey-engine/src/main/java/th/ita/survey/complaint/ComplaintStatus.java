package th.ita.survey.complaint;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a complaint stands, as the complainant reads it with the receipt code. A closed or rejected
 * complaint stays so: reopening would be a new complaint.
 */
public enum ComplaintStatus {

	RECEIVED("รับเรื่องแล้ว"),
	INVESTIGATING("กำลังตรวจสอบ"),
	REFERRED("ส่งต่อหน่วยงาน"),
	CLOSED("ยุติเรื่อง"),
	/** Not taken up (outside the agency's remit, no substance...): final, like CLOSED. */
	REJECTED("ไม่รับเรื่อง");

	private final String label;

	ComplaintStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The statuses staff may move a complaint to from this one. */
	public Set<ComplaintStatus> next() {
		return switch (this) {
			case RECEIVED -> EnumSet.of(INVESTIGATING, REFERRED, CLOSED, REJECTED);
			case INVESTIGATING -> EnumSet.of(REFERRED, CLOSED, REJECTED);
			case REFERRED -> EnumSet.of(INVESTIGATING, CLOSED, REJECTED);
			case CLOSED, REJECTED -> EnumSet.noneOf(ComplaintStatus.class);
		};
	}

	/** Closed or rejected: nothing more happens to it. */
	public boolean isFinal() {
		return next().isEmpty();
	}

	/** Closing or rejecting needs a reason, which the complainant reads with the receipt code. */
	public boolean needsReason() {
		return isFinal();
	}

	public boolean canMoveTo(ComplaintStatus target) {
		return next().contains(target);
	}

	/** The target status, or an exception for a move the process does not allow. */
	public ComplaintStatus moveTo(ComplaintStatus target) {
		if (!canMoveTo(target)) {
			throw new IllegalStateException("a complaint cannot move from " + this + " to " + target);
		}
		return target;
	}

	/** By Thai label ("กำลังตรวจสอบ") or English name ("INVESTIGATING"), spaces ignored. */
	public static Optional<ComplaintStatus> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.replace(" ", "").trim();
		for (ComplaintStatus s : values()) {
			if (s.name().equalsIgnoreCase(t) || s.label.replace(" ", "").equals(t)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}
}
