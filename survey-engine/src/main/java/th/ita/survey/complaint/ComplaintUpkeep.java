package th.ita.survey.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.complaint.ComplaintDraft.Step;

/**
 * What expires or was left half done in the channel, tidied up. The embedded server never expires
 * TTL documents, so this runs on start and every few minutes.
 */
record ComplaintUpkeep(MongoTemplate mongo, Drafts drafts, Filing filing, EvidencePhotos photos, RateLimiter limits) {

	/**
	 * Finishes filings interrupted an hour ago or more (their code was never shown; the complaint is
	 * still filed), drops drafts idle too long with their photos, removes unattached photos older
	 * than two days that no draft holds, and expired rate-limit counters.
	 */
	ComplaintService.SweepReport sweep() {
		Instant now = drafts.now();
		int finished = 0;
		int expired = 0;
		Set<String> held = new HashSet<>();
		for (ComplaintDraft d : mongo.findAll(ComplaintDraft.class)) {
			if (d.getStep() == Step.SUBMITTING) {
				if (d.getUpdatedAt().isBefore(now.minus(Duration.ofHours(1)))) {
					filing.finish(d);
					finished++;
				}
				else {
					held.addAll(d.getPhotoIds());
				}
			}
			else if (d.expired(now)) {
				drafts.discard(d);
				expired++;
			}
			else {
				held.addAll(d.getPhotoIds());
			}
		}
		int removed = photos.sweepUnattached(drafts.today().minusDays(2), held);
		long limitsRemoved = limits.sweep();
		return new ComplaintService.SweepReport(finished, expired, removed, limitsRemoved);
	}
}
