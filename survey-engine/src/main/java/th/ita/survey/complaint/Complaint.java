package th.ita.survey.complaint;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A filed complaint. What it holds is what it is allowed to hold: the agency, a random id, the
 * staff's case number, category, text, photo ids, dates to the day, and the receipt's lookup key.
 * No userId, no pseudonym of it, no display name, no time of day. Changed only by single-document
 * updates (status with its expected current value, notes by {@code $push}).
 */
@Document("complaints")
public record Complaint(@Id String id, String agency, String caseNumber, int fiscalYear, Category category, String text,
		List<String> photoIds, LocalDate filedOn, ComplaintStatus status, List<StatusChange> history, List<Note> notes,
		String receiptKey) {

	public Complaint {
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
		history = history == null ? List.of() : List.copyOf(history);
		notes = notes == null ? List.of() : List.copyOf(notes);
	}

	/** Who wrote a note: staff reply to the complainant, or information the complainant added. */
	public enum Author {
		STAFF, COMPLAINANT
	}

	public record Note(Author author, String text, LocalDate on) {
	}

	/** {@code reason}: why it was closed or rejected (null for other moves and older changes). */
	public record StatusChange(ComplaintStatus status, LocalDate on, String reason) {

		public StatusChange(ComplaintStatus status, LocalDate on) {
			this(status, on, null);
		}
	}
}
