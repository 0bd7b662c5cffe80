package th.ita.survey.complaint;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;

import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.complaint.ComplaintCommand.*;
import th.ita.survey.complaint.ComplaintDraft.Kind;
import th.ita.survey.complaint.ComplaintDraft.Step;
import th.ita.survey.complaint.ComplaintStep.Reason;
import th.ita.survey.opinion.Opinions;
import th.ita.survey.opinion.Topic;

/**
 * The anonymous channel as a conversation, the one entry for the bot: file a complaint
 * ({@link ComplaintConversation}, {@link Filing} → receipt code), send an opinion
 * ({@link OpinionConversation}), follow a complaint up by its code ({@link FollowUp}), photos
 * ({@link EvidenceIntake}), upkeep ({@link ComplaintUpkeep}) and indexes ({@link ComplaintIndexes}).
 * State lives in MongoDB only, keyed by the conversation pseudonym ({@link Drafts}); each change is
 * one document write, so two bot instances behave as one.
 * <p>
 * Nothing here logs what people write: log lines carry the agency and counts only.
 */
public class ComplaintService {

	/** One text message (LINE's own limit), and the whole complaint. */
	public static final int MAX_PART = 5_000;

	public static final int MAX_TEXT = 10_000;

	public static final int MAX_PHOTOS = 5;

	/** Bytes downloaded per photo at most (LINE sends photos well below this). */
	public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

	public static final int COMPLAINTS_PER_DAY = 5;

	public static final int OPINIONS_PER_DAY = 10;

	public static final int ADDITIONS_PER_DAY = 20;

	public static final int WRONG_CODES_PER_DAY = 10;

	/** Notes (staff replies and additions) per complaint. */
	public static final int MAX_NOTES = 100;

	private final Drafts drafts;

	private final Prompts prompts;

	private final AgencyStep agencyStep;

	private final Filing filing;

	private final ComplaintConversation complaintConversation;

	private final OpinionConversation opinionConversation;

	private final FollowUp followUps;

	private final EvidenceIntake evidence;

	private final ComplaintUpkeep upkeep;

	private final ComplaintIndexes indexes;

	public ComplaintService(MongoTemplate mongo, AgencyDirectory agencies, Pseudonyms pseudonyms, ReceiptCodes receipts,
			CaseNumbers caseNumbers, EvidencePhotos photos, RateLimiter limits, Opinions opinions, List<Topic> topics,
			Clock clock) {
		ComplaintStore store = new ComplaintStore(mongo, clock);
		this.drafts = new Drafts(mongo, pseudonyms, photos, clock);
		this.prompts = new Prompts(mongo, agencies, topics);
		this.agencyStep = new AgencyStep(drafts, prompts, agencies, limits);
		this.filing = new Filing(mongo, drafts, prompts, store, receipts, caseNumbers, photos, limits);
		this.complaintConversation = new ComplaintConversation(drafts, prompts, agencyStep, filing);
		this.opinionConversation = new OpinionConversation(drafts, prompts, agencyStep, limits, opinions);
		this.followUps = new FollowUp(mongo, drafts, prompts, receipts, limits, photos);
		this.evidence = new EvidenceIntake(drafts, prompts, complaintConversation, followUps, photos,
				new PhotoQuota(mongo, pseudonyms, clock), limits);
		this.upkeep = new ComplaintUpkeep(mongo, drafts, filing, photos, limits);
		this.indexes = new ComplaintIndexes(mongo, store, opinions, photos);
	}

	/** Indexes for MongoDB (the embedded server keeps the unique ones and ignores the rest). */
	public void createIndexes() {
		indexes.create();
	}

	/** Whether this person is in the middle of something here (the bot routes free text to it then). */
	public boolean hasDraft(String userId) {
		return drafts.current(drafts.key(userId)).isPresent();
	}

	public ComplaintStep handle(String userId, ComplaintCommand command) {
		if (command instanceof Photo photo) {
			return evidence.photo(userId, photo);
		}
		return Drafts.withRetries(() -> handleOnce(userId, command));
	}

	private ComplaintStep handleOnce(String userId, ComplaintCommand command) {
		String key = drafts.key(userId);
		Optional<ComplaintDraft> found = drafts.current(key);
		if (found.isPresent() && found.get().getStep() == Step.SUBMITTING) {
			return filing.resume(found.get()); // an interrupted filing is finished before anything else
		}
		if (command instanceof StartComplaint start) {
			return agencyStep.start(userId, key, found, Kind.COMPLAINT, start.agency());
		}
		if (command instanceof StartOpinion start) {
			return agencyStep.start(userId, key, found, Kind.OPINION, start.agency());
		}
		if (command instanceof Track track) {
			return followUps.track(userId, key, found, track.code());
		}
		if (command instanceof AddInfo add) {
			return followUps.addInfo(userId, key, found, add.code());
		}
		if (found.isEmpty()) {
			return new ComplaintStep.NoDraft();
		}
		ComplaintDraft draft = found.get();
		if (command instanceof Cancel) {
			return drafts.cancel(draft);
		}
		if (command instanceof Resume) {
			return new ComplaintStep.Hint(Reason.RESUMED, prompts.prompt(draft));
		}
		return switch (draft.getKind()) {
			case COMPLAINT -> complaintConversation.handle(userId, draft, command);
			case OPINION -> opinionConversation.handle(userId, draft, command);
			case FOLLOW_UP -> followUps.handle(userId, draft, command);
		};
	}

	public record SweepReport(int filingsFinished, int draftsExpired, int photosRemoved, long rateLimitsRemoved) {
	}

	/** See {@link ComplaintUpkeep#sweep()}: runs on start and every few minutes. */
	public SweepReport sweep() {
		return upkeep.sweep();
	}
}
