package th.ita.survey.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.mapping.Document;

import th.ita.survey.conversation.ConversationState;

/**
 * What a person is in the middle of in the anonymous channel (a complaint being written, an
 * opinion, a follow-up), keyed by the conversation pseudonym in a collection of its own (see
 * {@link ConversationState}). Deleted on confirm and cancel, and when idle too long (checked on
 * read, swept; TTL index on MongoDB).
 * {@code complaintId} links the pseudonym to a complaint only while a filing is under way
 * (milliseconds) or while the person adds information to it (at most {@link Kind#idleLimit()}).
 */
@Document("complaint_drafts")
public class ComplaintDraft extends ConversationState {

	public enum Kind {

		COMPLAINT(Duration.ofHours(24)), OPINION(Duration.ofHours(24)), FOLLOW_UP(Duration.ofMinutes(30));

		private final Duration idleLimit;

		Kind(Duration idleLimit) {
			this.idleLimit = idleLimit;
		}

		public Duration idleLimit() {
			return idleLimit;
		}
	}

	public enum Step {
		/** Complaint or opinion: which agency. */
		AGENCY,
		/** Complaint: which kind of wrongdoing. */
		CATEGORY,
		/** Opinion: which indicator, or none. */
		TOPIC,
		/** Complaint: text parts and photos; opinion: the text. */
		DETAILS,
		/** Complaint: everything shown, waiting for confirm. */
		REVIEW,
		/** Complaint confirmed; filing under way or interrupted. */
		SUBMITTING,
		/** Follow-up: waiting for the receipt code. */
		CODE,
		/** Follow-up: each message is added to the complaint. */
		ADDING
	}

	private Kind kind;

	private Step step;

	private String agency;

	private Category category;

	private String topic;

	private List<String> parts = new ArrayList<>();

	private List<String> photoIds = new ArrayList<>();

	private String complaintId;

	ComplaintDraft() {
	}

	ComplaintDraft(String id, Kind kind, Step step, Instant now) {
		super(id, now);
		this.kind = kind;
		this.step = step;
	}

	boolean expired(Instant now) {
		return expired(kind.idleLimit(), now);
	}

	@Override
	protected boolean submitting() {
		return step == Step.SUBMITTING;
	}

	/** Open to this package: {@link Drafts} stamps each save. */
	@Override
	protected void touch(Instant now) {
		super.touch(now);
	}

	/** Something the person wrote or sent that a cancel would throw away. */
	boolean hasContent() {
		return kind == Kind.COMPLAINT && (!parts.isEmpty() || !photoIds.isEmpty());
	}

	int characters() {
		return parts.stream().mapToInt(p -> p.codePointCount(0, p.length())).sum();
	}

	String text() {
		return String.join("\n\n", parts);
	}

	public Kind getKind() {
		return kind;
	}

	public Step getStep() {
		return step;
	}

	void setStep(Step step) {
		this.step = step;
	}

	public String getAgency() {
		return agency;
	}

	void setAgency(String agency) {
		this.agency = agency;
	}

	public Category getCategory() {
		return category;
	}

	void setCategory(Category category) {
		this.category = category;
	}

	public String getTopic() {
		return topic;
	}

	void setTopic(String topic) {
		this.topic = topic;
	}

	public List<String> getParts() {
		return parts;
	}

	public List<String> getPhotoIds() {
		return photoIds;
	}

	public String getComplaintId() {
		return complaintId;
	}

	void setComplaintId(String complaintId) {
		this.complaintId = complaintId;
	}
}
