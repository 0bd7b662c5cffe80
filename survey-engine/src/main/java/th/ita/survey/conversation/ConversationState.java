package th.ita.survey.conversation;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * What a person is in the middle of, one document per conversation pseudonym (never the LINE
 * userId): a {@link SurveySession}, or a complaint draft. Every save stamps {@code updatedAt} and
 * goes through {@code version}, so of two concurrent changes (two instances, a double tap, a stale
 * cached copy) the second fails and is worked out again from what the first stored. Idle too long,
 * a state is dropped, except while its submit is under way: that one is finished, not forgotten.
 * <p>
 * The subclass's fields are stored first, then {@code updatedAt} and {@code version}.
 */
public abstract class ConversationState {

	@Id
	private String id;

	private Instant updatedAt;

	@Version
	private Long version;

	protected ConversationState() {
	}

	protected ConversationState(String id, Instant now) {
		this.id = id;
		this.updatedAt = now;
	}

	/** Whether a submit (a survey's or a complaint's filing) is under way or was interrupted. */
	protected abstract boolean submitting();

	/** Idle for longer than {@code limit} at {@code now}, and not submitting. */
	protected boolean expired(Duration limit, Instant now) {
		return !submitting() && updatedAt.isBefore(now.minus(limit));
	}

	public String getId() {
		return id;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/** Stamped at each save. */
	protected void touch(Instant now) {
		this.updatedAt = now;
	}

	public Long getVersion() {
		return version;
	}

	/** For a copy: saved, it must pass (or fail) the version check as the original would. */
	protected void takeVersionOf(ConversationState original) {
		this.version = original.version;
	}
}
