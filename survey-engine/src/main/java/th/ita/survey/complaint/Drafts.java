package th.ita.survey.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;
import th.ita.survey.complaint.ComplaintDraft.Kind;
import th.ita.survey.conversation.Conflicts;

/**
 * Where a person's draft is kept: one document per conversation pseudonym, read with its expiry
 * checked (the embedded server has no TTL), saved with its version, deleted with the photos only it
 * held. Every part of the conversation goes through here, so each change is one document write.
 */
record Drafts(MongoTemplate mongo, Pseudonyms pseudonyms, EvidencePhotos photos, Clock clock) {

	/** A step run again against the new draft when another message of the person won the race. */
	static ComplaintStep withRetries(Supplier<ComplaintStep> step) {
		return Conflicts.retried(step, () -> {
		});
	}

	String key(String userId) {
		return pseudonyms.of(Purpose.CONVERSATION, userId);
	}

	/** The person's draft; one idle too long is discarded here. */
	Optional<ComplaintDraft> current(String key) {
		ComplaintDraft d = mongo.findById(key, ComplaintDraft.class);
		if (d != null && d.expired(clock.instant())) {
			discard(d);
			return Optional.empty();
		}
		return Optional.ofNullable(d);
	}

	ComplaintDraft save(ComplaintDraft draft) {
		draft.touch(clock.instant());
		return mongo.save(draft);
	}

	/** Deletes a draft and the photos only it held. */
	void discard(ComplaintDraft draft) {
		remove(draft);
		if (draft.getKind() == Kind.COMPLAINT) {
			photos.delete(draft.getPhotoIds());
		}
	}

	/** Deletes a draft whose content went elsewhere (filed, sent): its photos stay. */
	void remove(ComplaintDraft draft) {
		mongo.remove(Query.query(Criteria.where("_id").is(draft.getId())), ComplaintDraft.class);
	}

	ComplaintStep cancel(ComplaintDraft draft) {
		discard(draft);
		return draft.getKind() == Kind.FOLLOW_UP ? new ComplaintStep.FollowUpEnded() : new ComplaintStep.Cancelled(draft.getKind());
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
