package th.ita.survey.complaint;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.ita.survey.anonymity.DailyActivity;
import th.ita.survey.complaint.ComplaintCommand.Photo;
import th.ita.survey.complaint.ComplaintStep.Reason;

/**
 * A photo sent into the conversation, as evidence: checked against the draft first, then
 * downloaded, cleaned ({@link EvidencePhotos}, decoded by {@link PhotoIntake}) and stored, then
 * attached to the complaint being written ({@link ComplaintConversation}) or, in a follow-up, to the
 * filed complaint ({@link FollowUp}). If attaching fails the stored photo is deleted again: nothing
 * is left half-stored.
 */
record EvidenceIntake(Drafts drafts, Prompts prompts, ComplaintConversation writing, FollowUp followUps,
		EvidencePhotos photos, PhotoQuota photoQuota, RateLimiter limits) {

	private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

	ComplaintStep photo(String userId, Photo photo) {
		String key = drafts.key(userId);
		Optional<ComplaintDraft> found = drafts.current(key);
		if (found.isEmpty()) {
			return new ComplaintStep.NoDraft();
		}
		ComplaintDraft draft = found.get();
		boolean followUp = FollowUp.takesPhotos(draft);
		if (!followUp && !ComplaintConversation.takesPhotos(draft)) {
			return new ComplaintStep.Hint(Reason.PHOTO_NOT_HERE, prompts.prompt(draft));
		}
		int count = followUp ? followUps.photoCount(draft.getComplaintId()) : draft.getPhotoIds().size();
		if (count >= ComplaintService.MAX_PHOTOS) {
			return new ComplaintStep.Hint(Reason.TOO_MANY_PHOTOS, prompts.prompt(draft));
		}
		if (followUp && !limits.tryAcquire(userId, RateLimiter.Action.ADDITION, ComplaintService.ADDITIONS_PER_DAY)) {
			return new ComplaintStep.Hint(Reason.ADDITION_LIMIT, null);
		}
		// counted per person and day before the download, so that cancelling drafts or sending
		// many at once cannot pass the cap; given back when the photo is not kept
		if (!photoQuota.tryTake(userId)) {
			return new ComplaintStep.Hint(Reason.PHOTO_DAILY_LIMIT, prompts.prompt(draft));
		}
		byte[] cleaned;
		try {
			cleaned = photos.clean(photo.source()).jpeg();
		}
		catch (PhotoSource.Unavailable ex) {
			photoQuota.giveBack(userId);
			// counted per day, not logged at the moment: a line would time this person's photo
			DailyActivity.LOG.count(drafts.today(), "photos not received", "all agencies");
			log.debug("Photo not received: {}", ex.getMessage());
			return new ComplaintStep.Hint(ex.tooLarge() ? Reason.PHOTO_TOO_LARGE : Reason.PHOTO_UNAVAILABLE, prompts.prompt(draft));
		}
		catch (PhotoSanitizer.UnreadablePhoto ex) {
			photoQuota.giveBack(userId);
			DailyActivity.LOG.count(drafts.today(), "photos refused (" + ex.why() + ")", "all agencies");
			log.debug("Photo refused ({}): {}", ex.why(), ex.getMessage());
			return new ComplaintStep.Hint(refusal(ex.why()), prompts.prompt(draft));
		}
		return attach(userId, key, draft, followUp, cleaned);
	}

	/** Stores the cleaned photo and attaches it; deleted again, and the quota given back, if not attached. */
	private ComplaintStep attach(String userId, String key, ComplaintDraft draft, boolean followUp, byte[] cleaned) {
		String id;
		try {
			id = photos.store(cleaned);
		}
		catch (RuntimeException ex) {
			photoQuota.giveBack(userId);
			throw ex;
		}
		try {
			ComplaintStep result = followUp ? followUps.addPhoto(draft, id) : Drafts.withRetries(() -> writing.addPhoto(key, id));
			if (!(result instanceof ComplaintStep.Collecting) && !(result instanceof ComplaintStep.InfoAdded)) {
				photos.delete(List.of(id));
				photoQuota.giveBack(userId);
			}
			return result;
		}
		catch (RuntimeException ex) {
			photos.delete(List.of(id));
			photoQuota.giveBack(userId);
			throw ex;
		}
	}

	private static Reason refusal(PhotoSanitizer.UnreadablePhoto.Why why) {
		return switch (why) {
			case UNREADABLE -> Reason.PHOTO_UNREADABLE;
			case FORMAT -> Reason.PHOTO_FORMAT;
			case HEIC -> Reason.PHOTO_HEIC;
			case DIMENSIONS -> Reason.PHOTO_DIMENSIONS;
			case TIMEOUT -> Reason.PHOTO_TIMEOUT;
			case BUSY -> Reason.PHOTO_BUSY;
		};
	}
}
