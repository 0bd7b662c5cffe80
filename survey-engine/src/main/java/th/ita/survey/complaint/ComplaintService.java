package th.ita.survey.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import th.ita.survey.agency.Agency;
import th.ita.survey.agency.AgencyDirectory;
import th.ita.survey.anonymity.DailyActivity;
import th.ita.survey.anonymity.Pseudonyms;
import th.ita.survey.anonymity.Pseudonyms.Purpose;
import th.ita.survey.complaint.ComplaintCommand.*;
import th.ita.survey.complaint.ComplaintDraft.Kind;
import th.ita.survey.complaint.ComplaintDraft.Step;
import th.ita.survey.complaint.ComplaintStep.Reason;
import th.ita.survey.conversation.FiscalYear;
import th.ita.survey.opinion.Opinions;
import th.ita.survey.opinion.Topic;

/**
 * The anonymous channel as a conversation: file a complaint (agency, category, text in parts,
 * photos, review, confirm → receipt code), send an opinion, follow a complaint up by its code (read
 * status and replies, add information). State lives in MongoDB only, keyed by the conversation
 * pseudonym; each change is one document write, so two bot instances behave as one.
 * <p>
 * Nothing here logs what people write: log lines carry the agency and counts only.
 */
public class ComplaintService {

	private static final Logger log = LoggerFactory.getLogger(ComplaintService.class);

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

	static final int EXCERPT = 80;

	/** A filing younger than this is another instance's (a double tap), not an interrupted one. */
	static final Duration FILING_GRACE = Duration.ofSeconds(30);

	private final MongoTemplate mongo;

	private final AgencyDirectory agencies;

	private final Pseudonyms pseudonyms;

	private final ReceiptCodes receipts;

	private final CaseNumbers caseNumbers;

	private final EvidencePhotos photos;

	private final PhotoQuota photoQuota;

	private final RateLimiter limits;

	private final Opinions opinions;

	private final List<Topic> topics;

	private final Clock clock;

	private final ComplaintStore store;

	public ComplaintService(MongoTemplate mongo, AgencyDirectory agencies, Pseudonyms pseudonyms, ReceiptCodes receipts,
			CaseNumbers caseNumbers, EvidencePhotos photos, RateLimiter limits, Opinions opinions, List<Topic> topics,
			Clock clock) {
		this.mongo = mongo;
		this.agencies = agencies;
		this.pseudonyms = pseudonyms;
		this.receipts = receipts;
		this.caseNumbers = caseNumbers;
		this.photos = photos;
		this.photoQuota = new PhotoQuota(mongo, pseudonyms, clock);
		this.limits = limits;
		this.opinions = opinions;
		this.topics = List.copyOf(topics);
		this.clock = clock;
		this.store = new ComplaintStore(mongo, clock);
	}

	/** Indexes for MongoDB (the embedded server keeps the unique ones and ignores the rest). */
	public void createIndexes() {
		store.prepareIndexes(); // sparse: empty storage slots have neither field
		mongo.indexOps(Complaint.class)
			.createIndex(new Index("receiptKey", Sort.Direction.ASC).unique().sparse().named("receipt"));
		mongo.indexOps(Complaint.class)
			.createIndex(new Index().on("agency", Sort.Direction.ASC).on("caseNumber", Sort.Direction.ASC).unique()
				.sparse().named("agency_case"));
		mongo.indexOps(Complaint.class)
			.createIndex(new Index().on("agency", Sort.Direction.ASC).on("status", Sort.Direction.ASC).named("agency_status"));
		mongo.indexOps(Complaint.class)
			.createIndex(new Index().on("fiscalYear", Sort.Direction.ASC).on("agency", Sort.Direction.ASC).named("year_agency"));
		mongo.indexOps(ComplaintDraft.class)
			.createIndex(new Index("updatedAt", Sort.Direction.ASC).named("idle_ttl").expire(Kind.COMPLAINT.idleLimit()));
		mongo.indexOps(RateLimiter.COLLECTION).createIndex(new Index("expiresAt", Sort.Direction.ASC).named("ttl").expire(0));
		mongo.indexOps("opinions")
			.createIndex(new Index().on("agency", Sort.Direction.ASC).on("submittedOn", Sort.Direction.DESC).named("agency_day"));
		// documents stored one insert each before storage slots are put in a random order
		store.convert();
		opinions.prepareStorage();
		photos.prepareStorage();
	}

	/** Whether this person is in the middle of something here (the bot routes free text to it then). */
	public boolean hasDraft(String userId) {
		return current(key(userId)).isPresent();
	}

	public ComplaintStep handle(String userId, ComplaintCommand command) {
		if (command instanceof Photo photo) {
			return photo(userId, photo);
		}
		return withRetries(() -> handleOnce(userId, command));
	}

	/**
	 * Two messages of one person at once (two instances, a double tap): the loser of the optimistic
	 * lock reads the draft again and handles its message against the new state.
	 */
	private static ComplaintStep withRetries(Supplier<ComplaintStep> step) {
		for (int attempt = 1;; attempt++) {
			try {
				return step.get();
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
				if (attempt >= 5) {
					throw ex;
				}
			}
		}
	}

	private ComplaintStep handleOnce(String userId, ComplaintCommand command) {
		String key = key(userId);
		Optional<ComplaintDraft> found = current(key);
		if (found.isPresent() && found.get().getStep() == Step.SUBMITTING) {
			ComplaintDraft filing = found.get();
			if (filing.getUpdatedAt().isAfter(clock.instant().minus(FILING_GRACE))) {
				return new ComplaintStep.Hint(Reason.FILING_IN_PROGRESS, null); // a double tap, being filed now
			}
			return finishFiling(filing); // interrupted: finish it before anything else
		}
		if (command instanceof StartComplaint start) {
			return start(userId, key, found, Kind.COMPLAINT, start.agency());
		}
		if (command instanceof StartOpinion start) {
			return start(userId, key, found, Kind.OPINION, start.agency());
		}
		if (command instanceof Track track) {
			return track(userId, key, found, track.code());
		}
		if (command instanceof AddInfo add) {
			return addInfo(userId, key, found, add.code());
		}
		if (found.isEmpty()) {
			return new ComplaintStep.NoDraft();
		}
		ComplaintDraft draft = found.get();
		if (command instanceof Cancel) {
			return cancel(draft);
		}
		if (command instanceof Resume) {
			return new ComplaintStep.Hint(Reason.RESUMED, prompt(draft));
		}
		return switch (draft.getKind()) {
			case COMPLAINT -> complaint(userId, draft, command);
			case OPINION -> opinion(userId, draft, command);
			case FOLLOW_UP -> followUp(userId, draft, command);
		};
	}

	// --- starting

	private ComplaintStep start(String userId, String key, Optional<ComplaintDraft> found, Kind kind, String agency) {
		if (found.isPresent()) {
			ComplaintDraft d = found.get();
			if (d.getKind() == kind) {
				if (agency != null && d.getStep() == Step.AGENCY) {
					return pickAgency(d, agency);
				}
				return new ComplaintStep.Hint(Reason.RESUMED, prompt(d));
			}
			if (d.hasContent()) {
				return new ComplaintStep.Hint(Reason.ANOTHER_DRAFT_OPEN, prompt(d));
			}
			discard(d);
		}
		if (kind == Kind.COMPLAINT && !limits.allowed(userId, RateLimiter.Action.COMPLAINT, COMPLAINTS_PER_DAY)) {
			return new ComplaintStep.Hint(Reason.COMPLAINT_LIMIT, null);
		}
		if (kind == Kind.OPINION && !limits.allowed(userId, RateLimiter.Action.OPINION, OPINIONS_PER_DAY)) {
			return new ComplaintStep.Hint(Reason.OPINION_LIMIT, null);
		}
		ComplaintDraft draft = new ComplaintDraft(key, kind, Step.AGENCY, clock.instant());
		if (agency != null) {
			Optional<Agency> a = agencies.find(agency);
			if (a.isPresent()) {
				return afterAgency(draft, a.get());
			}
		}
		draft = save(draft);
		ComplaintStep choose = new ComplaintStep.ChooseAgency(kind, agencies.all());
		return agency == null ? choose : new ComplaintStep.Hint(Reason.UNKNOWN_AGENCY, choose);
	}

	private ComplaintStep pickAgency(ComplaintDraft draft, String code) {
		Optional<Agency> agency = agencies.find(code);
		if (agency.isEmpty()) {
			return new ComplaintStep.Hint(Reason.UNKNOWN_AGENCY, prompt(draft));
		}
		return afterAgency(draft, agency.get());
	}

	private ComplaintStep afterAgency(ComplaintDraft draft, Agency agency) {
		draft.setAgency(agency.code());
		draft.setStep(draft.getKind() == Kind.COMPLAINT ? Step.CATEGORY : Step.TOPIC);
		return prompt(save(draft));
	}

	// --- the complaint being written

	private ComplaintStep complaint(String userId, ComplaintDraft draft, ComplaintCommand command) {
		switch (draft.getStep()) {
			case AGENCY -> {
				if (command instanceof PickAgency p) {
					return pickAgency(draft, p.agency());
				}
				if (command instanceof Text t && !t.text().isBlank()) {
					return pickAgency(draft, t.text());
				}
				return unexpected(draft, command);
			}
			case CATEGORY -> {
				Optional<Category> category = command instanceof PickCategory p ? Optional.of(p.category())
						: command instanceof Text t ? Category.parse(t.text()) : Optional.empty();
				if (category.isEmpty()) {
					return unexpected(draft, command);
				}
				draft.setCategory(category.get());
				draft.setStep(Step.DETAILS);
				return prompt(save(draft));
			}
			case DETAILS, REVIEW -> {
				if (command instanceof Text t) {
					return addPart(draft, t.text());
				}
				if (command instanceof Done) {
					if (draft.getParts().isEmpty()) {
						return new ComplaintStep.Hint(Reason.NO_DETAILS_YET, prompt(draft));
					}
					draft.setStep(Step.REVIEW);
					return prompt(save(draft));
				}
				if (command instanceof Confirm && draft.getStep() == Step.REVIEW) {
					return file(userId, draft);
				}
				return unexpected(draft, command);
			}
			default -> {
				return unexpected(draft, command);
			}
		}
	}

	private ComplaintStep addPart(ComplaintDraft draft, String text) {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty()) {
			return new ComplaintStep.Hint(Reason.EMPTY_TEXT, prompt(draft));
		}
		int length = t.codePointCount(0, t.length());
		if (length > MAX_PART) {
			return new ComplaintStep.Hint(Reason.PART_TOO_LONG, prompt(draft));
		}
		if (draft.characters() + length > MAX_TEXT) {
			return new ComplaintStep.Hint(Reason.TEXT_TOO_LONG, prompt(draft));
		}
		draft.getParts().add(t);
		draft.setStep(Step.DETAILS);
		ComplaintDraft saved = save(draft);
		return collecting(saved, false);
	}

	/**
	 * Confirm: take one of today's filings, claim a random storage slot and mark the draft as filing
	 * into it (so an interruption is finished, not filed twice), then file.
	 */
	private ComplaintStep file(String userId, ComplaintDraft draft) {
		if (!limits.tryAcquire(userId, RateLimiter.Action.COMPLAINT, COMPLAINTS_PER_DAY)) {
			return new ComplaintStep.Hint(Reason.COMPLAINT_LIMIT, null);
		}
		draft.setStep(Step.SUBMITTING);
		return finishFiling(claimSlot(draft));
	}

	/** Claims a slot for the draft's complaint and saves the draft with it; gives it back if that fails. */
	private ComplaintDraft claimSlot(ComplaintDraft draft) {
		String slot = store.claim();
		draft.setComplaintId(slot);
		try {
			return save(draft);
		}
		catch (RuntimeException ex) {
			store.release(slot);
			throw ex;
		}
	}

	/**
	 * Files the complaint of a SUBMITTING draft; safe to repeat. The receipt code is drawn here and
	 * shown once, never stored: if an earlier attempt already stored the complaint (its code was lost
	 * with the interrupted reply), the complaint gets a new code.
	 */
	ComplaintStep finishFiling(ComplaintDraft draft) {
		Agency agency = agency(draft.getAgency());
		ReceiptCode code = receipts.issue();
		String receiptKey = receipts.lookupKey(code);
		boolean reissued = false;
		Complaint existing = store.filed(draft.getComplaintId()) ? mongo.findById(draft.getComplaintId(), Complaint.class)
				: null;
		if (existing == null) {
			if (!store.claimed(draft.getComplaintId())) {
				draft = claimSlot(draft); // a draft from before storage slots, or its claim was lost
			}
			LocalDate today = today();
			int fiscalYear = FiscalYear.of(today);
			CaseNumber number = caseNumbers.next(agency.code(), fiscalYear);
			// into the claimed slot: its place among the complaints says nothing about when
			if (store.fill(new Complaint(draft.getComplaintId(), agency.code(), number.toString(), fiscalYear,
					draft.getCategory(), draft.text(), draft.getPhotoIds(), today, ComplaintStatus.RECEIVED,
					List.of(new Complaint.StatusChange(ComplaintStatus.RECEIVED, today)), List.of(), receiptKey))) {
				// counted, not logged: a line per filing would date it to the second (DailyActivity)
				DailyActivity.LOG.count(today, "complaints filed", agency.code());
			}
			else {
				existing = mongo.findById(draft.getComplaintId(), Complaint.class); // filed meanwhile by a retry
				if (existing == null || !store.filed(draft.getComplaintId())) {
					throw new OptimisticLockingFailureException("complaint slot " + draft.getComplaintId() + " was not claimed");
				}
			}
		}
		if (existing != null) {
			mongo.updateFirst(Query.query(Criteria.where("_id").is(existing.id())), Update.update("receiptKey", receiptKey),
					Complaint.class);
			reissued = true;
			DailyActivity.LOG.count(today(), "interrupted filings finished", existing.agency());
		}
		photos.attach(draft.getPhotoIds());
		mongo.remove(Query.query(Criteria.where("_id").is(draft.getId())), ComplaintDraft.class);
		return new ComplaintStep.Filed(agency, code, reissued);
	}

	// --- opinion

	private ComplaintStep opinion(String userId, ComplaintDraft draft, ComplaintCommand command) {
		switch (draft.getStep()) {
			case AGENCY -> {
				if (command instanceof PickAgency p) {
					return pickAgency(draft, p.agency());
				}
				if (command instanceof Text t && !t.text().isBlank()) {
					return pickAgency(draft, t.text());
				}
				return unexpected(draft, command);
			}
			case TOPIC -> {
				if (command instanceof PickTopic p) {
					if (p.topic() != null && Topic.find(topics, p.topic()).isEmpty()) {
						return unexpected(draft, command);
					}
					draft.setTopic(p.topic());
					draft.setStep(Step.DETAILS);
					return prompt(save(draft));
				}
				return unexpected(draft, command);
			}
			case DETAILS -> {
				if (!(command instanceof Text t)) {
					return unexpected(draft, command);
				}
				String text = t.text() == null ? "" : t.text().strip();
				if (text.isEmpty()) {
					return new ComplaintStep.Hint(Reason.EMPTY_TEXT, prompt(draft));
				}
				if (text.codePointCount(0, text.length()) > MAX_PART) {
					return new ComplaintStep.Hint(Reason.PART_TOO_LONG, prompt(draft));
				}
				if (!limits.tryAcquire(userId, RateLimiter.Action.OPINION, OPINIONS_PER_DAY)) {
					discard(draft);
					return new ComplaintStep.Hint(Reason.OPINION_LIMIT, null);
				}
				opinions.submit(draft.getAgency(), draft.getTopic(), text);
				mongo.remove(Query.query(Criteria.where("_id").is(draft.getId())), ComplaintDraft.class);
				DailyActivity.LOG.count(today(), "opinions stored", draft.getAgency());
				return new ComplaintStep.OpinionSent(agency(draft.getAgency()), topic(draft.getTopic()));
			}
			default -> {
				return unexpected(draft, command);
			}
		}
	}

	// --- follow-up by receipt code

	private ComplaintStep track(String userId, String key, Optional<ComplaintDraft> found, String code) {
		if (code != null && !code.isBlank()) {
			Lookup lookup = lookup(userId, code);
			if (lookup.complaint() == null) {
				return lookup.failure();
			}
			if (found.isPresent() && found.get().getKind() == Kind.FOLLOW_UP) {
				discard(found.get());
			}
			return new ComplaintStep.Status(view(lookup.complaint()), lookup.code());
		}
		if (found.isPresent() && found.get().hasContent()) {
			return new ComplaintStep.Hint(Reason.ANOTHER_DRAFT_OPEN, prompt(found.get()));
		}
		found.ifPresent(this::discard);
		save(new ComplaintDraft(key, Kind.FOLLOW_UP, Step.CODE, clock.instant()));
		return new ComplaintStep.AskCode();
	}

	private ComplaintStep addInfo(String userId, String key, Optional<ComplaintDraft> found, String code) {
		if (found.isPresent() && found.get().hasContent()) {
			return new ComplaintStep.Hint(Reason.ANOTHER_DRAFT_OPEN, prompt(found.get()));
		}
		Lookup lookup = lookup(userId, code);
		if (lookup.complaint() == null) {
			return lookup.failure();
		}
		Complaint c = lookup.complaint();
		if (c.status().isFinal()) {
			return new ComplaintStep.Hint(Reason.COMPLAINT_CLOSED, new ComplaintStep.Status(view(c), lookup.code()));
		}
		found.ifPresent(this::discard);
		ComplaintDraft draft = new ComplaintDraft(key, Kind.FOLLOW_UP, Step.ADDING, clock.instant());
		draft.setComplaintId(c.id());
		save(draft);
		return new ComplaintStep.Adding(view(c));
	}

	private ComplaintStep followUp(String userId, ComplaintDraft draft, ComplaintCommand command) {
		if (draft.getStep() == Step.CODE) {
			if (!(command instanceof Text t) || t.text().isBlank()) {
				return command instanceof Done ? cancel(draft) : unexpected(draft, command);
			}
			Lookup lookup = lookup(userId, t.text());
			if (lookup.complaint() == null) {
				if (lookup.failure() instanceof ComplaintStep.Hint) {
					discard(draft); // too many wrong codes today
				}
				else {
					save(draft); // the next message is taken as a code again
				}
				return lookup.failure();
			}
			discard(draft);
			return new ComplaintStep.Status(view(lookup.complaint()), lookup.code());
		}
		// ADDING
		if (command instanceof Done) {
			discard(draft);
			return new ComplaintStep.FollowUpEnded();
		}
		if (!(command instanceof Text t)) {
			return unexpected(draft, command);
		}
		String text = t.text() == null ? "" : t.text().strip();
		if (text.isEmpty()) {
			return new ComplaintStep.Hint(Reason.EMPTY_TEXT, prompt(draft));
		}
		if (text.codePointCount(0, text.length()) > MAX_PART) {
			return new ComplaintStep.Hint(Reason.PART_TOO_LONG, prompt(draft));
		}
		if (!limits.tryAcquire(userId, RateLimiter.Action.ADDITION, ADDITIONS_PER_DAY)) {
			return new ComplaintStep.Hint(Reason.ADDITION_LIMIT, null);
		}
		ComplaintStep refused = addNote(draft.getComplaintId(), text, null);
		if (refused != null) {
			discard(draft);
			return refused;
		}
		save(draft);
		return new ComplaintStep.InfoAdded(false, photoCount(draft.getComplaintId()));
	}

	/** Appends a complainant's note (and a photo) in one update; null when done, else why not. */
	private ComplaintStep addNote(String complaintId, String text, String photoId) {
		Criteria open = Criteria.where("_id").is(complaintId).and("status").nin(ComplaintStatus.CLOSED, ComplaintStatus.REJECTED)
			.and("notes." + (MAX_NOTES - 1)).exists(false);
		if (photoId != null) {
			open = open.and("photoIds." + (MAX_PHOTOS - 1)).exists(false);
		}
		Update update = new Update().push("notes", new Complaint.Note(Complaint.Author.COMPLAINANT, text, today()));
		if (photoId != null) {
			update.push("photoIds", photoId);
		}
		if (mongo.updateFirst(Query.query(open), update, Complaint.class).getModifiedCount() == 1) {
			DailyActivity.LOG.count(today(), photoId == null ? "notes added to complaints" : "photos added to complaints", "all agencies");
			return null;
		}
		Complaint c = mongo.findById(complaintId, Complaint.class);
		if (c == null || c.status().isFinal()) {
			return new ComplaintStep.Hint(Reason.COMPLAINT_CLOSED, null);
		}
		if (photoId != null && c.photoIds().size() >= MAX_PHOTOS) {
			return new ComplaintStep.Hint(Reason.TOO_MANY_PHOTOS, new ComplaintStep.Adding(view(c)));
		}
		return new ComplaintStep.Hint(Reason.NOTES_FULL, null);
	}

	private record Lookup(Complaint complaint, ReceiptCode code, ComplaintStep failure) {
	}

	/** Finds a complaint by typed receipt code; wrong codes count towards a daily limit. */
	private Lookup lookup(String userId, String typed) {
		Optional<ReceiptCode> code = ReceiptCode.parse(typed);
		if (code.isEmpty()) {
			return limits.allowed(userId, RateLimiter.Action.WRONG_CODE, WRONG_CODES_PER_DAY)
					? new Lookup(null, null, new ComplaintStep.NotFound(true))
					: new Lookup(null, null, new ComplaintStep.Hint(Reason.WRONG_CODE_LIMIT, null));
		}
		// every lookup takes a try first (atomically, so concurrent guesses cannot pass the check
		// together) and a right code gives it back
		if (!limits.tryAcquire(userId, RateLimiter.Action.WRONG_CODE, WRONG_CODES_PER_DAY)) {
			return new Lookup(null, null, new ComplaintStep.Hint(Reason.WRONG_CODE_LIMIT, null));
		}
		Complaint c = mongo.findOne(Query.query(Criteria.where("receiptKey").is(receipts.lookupKey(code.get()))),
				Complaint.class);
		if (c == null) {
			return new Lookup(null, null, new ComplaintStep.NotFound(false));
		}
		limits.release(userId, RateLimiter.Action.WRONG_CODE);
		return new Lookup(c, code.get(), null);
	}

	// --- photos

	/**
	 * A photo: checked against the draft first, then downloaded, cleaned and stored, then attached
	 * to the draft (or to the complaint, in a follow-up). If attaching fails the stored photo is
	 * deleted again: nothing is left half-stored.
	 */
	private ComplaintStep photo(String userId, Photo photo) {
		String key = key(userId);
		Optional<ComplaintDraft> found = current(key);
		if (found.isEmpty()) {
			return new ComplaintStep.NoDraft();
		}
		ComplaintDraft draft = found.get();
		boolean followUp = draft.getKind() == Kind.FOLLOW_UP && draft.getStep() == Step.ADDING;
		boolean writing = draft.getKind() == Kind.COMPLAINT
				&& (draft.getStep() == Step.DETAILS || draft.getStep() == Step.REVIEW);
		if (!followUp && !writing) {
			return new ComplaintStep.Hint(Reason.PHOTO_NOT_HERE, prompt(draft));
		}
		int count = followUp ? photoCount(draft.getComplaintId()) : draft.getPhotoIds().size();
		if (count >= MAX_PHOTOS) {
			return new ComplaintStep.Hint(Reason.TOO_MANY_PHOTOS, prompt(draft));
		}
		if (followUp && !limits.tryAcquire(userId, RateLimiter.Action.ADDITION, ADDITIONS_PER_DAY)) {
			return new ComplaintStep.Hint(Reason.ADDITION_LIMIT, null);
		}
		// counted per person and day before the download, so that cancelling drafts or sending
		// many at once cannot pass the cap; given back when the photo is not kept
		if (!photoQuota.tryTake(userId)) {
			return new ComplaintStep.Hint(Reason.PHOTO_DAILY_LIMIT, prompt(draft));
		}
		byte[] cleaned;
		try {
			cleaned = photos.clean(photo.source()).jpeg();
		}
		catch (PhotoSource.Unavailable ex) {
			photoQuota.giveBack(userId);
			// counted per day, not logged at the moment: a line would time this person's photo
			DailyActivity.LOG.count(today(), "photos not received", "all agencies");
			log.debug("Photo not received: {}", ex.getMessage());
			return new ComplaintStep.Hint(ex.tooLarge() ? Reason.PHOTO_TOO_LARGE : Reason.PHOTO_UNAVAILABLE, prompt(draft));
		}
		catch (PhotoSanitizer.UnreadablePhoto ex) {
			photoQuota.giveBack(userId);
			DailyActivity.LOG.count(today(), "photos refused (" + ex.why() + ")", "all agencies");
			log.debug("Photo refused ({}): {}", ex.why(), ex.getMessage());
			return new ComplaintStep.Hint(photoRefusal(ex.why()), prompt(draft));
		}
		String id;
		try {
			id = photos.store(cleaned);
		}
		catch (RuntimeException ex) {
			photoQuota.giveBack(userId);
			throw ex;
		}
		try {
			ComplaintStep result = followUp ? addPhotoToComplaint(draft, id) : withRetries(() -> addPhotoToDraft(key, id));
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

	private static Reason photoRefusal(PhotoSanitizer.UnreadablePhoto.Why why) {
		return switch (why) {
			case UNREADABLE -> Reason.PHOTO_UNREADABLE;
			case FORMAT -> Reason.PHOTO_FORMAT;
			case HEIC -> Reason.PHOTO_HEIC;
			case DIMENSIONS -> Reason.PHOTO_DIMENSIONS;
			case TIMEOUT -> Reason.PHOTO_TIMEOUT;
			case BUSY -> Reason.PHOTO_BUSY;
		};
	}

	private ComplaintStep addPhotoToDraft(String key, String photoId) {
		Optional<ComplaintDraft> found = current(key);
		if (found.isEmpty()) {
			return new ComplaintStep.NoDraft();
		}
		ComplaintDraft draft = found.get();
		if (draft.getKind() != Kind.COMPLAINT || (draft.getStep() != Step.DETAILS && draft.getStep() != Step.REVIEW)) {
			return new ComplaintStep.Hint(Reason.PHOTO_NOT_HERE, prompt(draft));
		}
		if (draft.getPhotoIds().size() >= MAX_PHOTOS) {
			return new ComplaintStep.Hint(Reason.TOO_MANY_PHOTOS, prompt(draft));
		}
		draft.getPhotoIds().add(photoId);
		draft.setStep(Step.DETAILS);
		return collecting(save(draft), true);
	}

	private ComplaintStep addPhotoToComplaint(ComplaintDraft draft, String photoId) {
		ComplaintStep refused = addNote(draft.getComplaintId(), "(ส่งภาพถ่ายเพิ่มเติม 1 ภาพ)", photoId);
		if (refused != null) {
			return refused;
		}
		photos.attach(List.of(photoId));
		save(draft);
		return new ComplaintStep.InfoAdded(true, photoCount(draft.getComplaintId()));
	}

	private int photoCount(String complaintId) {
		Complaint c = mongo.findById(complaintId, Complaint.class);
		return c == null ? 0 : c.photoIds().size();
	}

	// --- common

	private ComplaintStep cancel(ComplaintDraft draft) {
		discard(draft);
		return draft.getKind() == Kind.FOLLOW_UP ? new ComplaintStep.FollowUpEnded() : new ComplaintStep.Cancelled(draft.getKind());
	}

	/** Deletes a draft and the photos only it held. */
	private void discard(ComplaintDraft draft) {
		mongo.remove(Query.query(Criteria.where("_id").is(draft.getId())), ComplaintDraft.class);
		if (draft.getKind() == Kind.COMPLAINT) {
			photos.delete(draft.getPhotoIds());
		}
	}

	private ComplaintStep unexpected(ComplaintDraft draft, ComplaintCommand command) {
		if (command instanceof Unsupported) {
			return new ComplaintStep.Hint(Reason.UNSUPPORTED_KIND, prompt(draft));
		}
		return new ComplaintStep.Hint(Reason.PICK_FROM_BUTTONS, prompt(draft));
	}

	/** The question the person is at, as if asked again. */
	ComplaintStep prompt(ComplaintDraft draft) {
		Agency agency = draft.getAgency() == null ? null : agency(draft.getAgency());
		return switch (draft.getStep()) {
			case AGENCY -> new ComplaintStep.ChooseAgency(draft.getKind(), agencies.all());
			case CATEGORY -> new ComplaintStep.ChooseCategory(agency);
			case TOPIC -> new ComplaintStep.ChooseTopic(agency, topics);
			case DETAILS -> draft.hasContent() ? collecting(draft, false)
					: new ComplaintStep.AskDetails(draft.getKind(), agency, draft.getCategory(), topic(draft.getTopic()));
			case REVIEW -> new ComplaintStep.Review(agency, draft.getCategory(), draft.text(), draft.getPhotoIds().size());
			case SUBMITTING -> new ComplaintStep.Hint(Reason.FILING_IN_PROGRESS, null);
			case CODE -> new ComplaintStep.AskCode();
			case ADDING -> {
				Complaint c = mongo.findById(draft.getComplaintId(), Complaint.class);
				yield c == null ? new ComplaintStep.NoDraft() : new ComplaintStep.Adding(view(c));
			}
		};
	}

	private ComplaintStep collecting(ComplaintDraft draft, boolean photoAdded) {
		return new ComplaintStep.Collecting(agency(draft.getAgency()), draft.getCategory(), draft.getParts().size(),
				draft.characters(), draft.getPhotoIds().size(), photoAdded);
	}

	ComplaintStep.StatusView view(Complaint c) {
		String excerpt = c.text() == null ? "" : c.text().strip();
		if (excerpt.codePointCount(0, excerpt.length()) > EXCERPT) {
			excerpt = excerpt.substring(0, excerpt.offsetByCodePoints(0, EXCERPT - 1)) + "…";
		}
		return new ComplaintStep.StatusView(agency(c.agency()), c.category(), excerpt, c.filedOn(), c.status(), c.history(),
				c.notes(), c.photoIds().size());
	}

	// --- upkeep

	public record SweepReport(int filingsFinished, int draftsExpired, int photosRemoved, long rateLimitsRemoved) {
	}

	/**
	 * Finishes filings interrupted an hour ago or more (their code was never shown; the complaint is
	 * still filed), drops drafts idle too long with their photos, removes unattached photos older
	 * than two days that no draft holds, and expired rate-limit counters. The embedded server never
	 * expires TTL documents, so this runs on start and every few minutes.
	 */
	public SweepReport sweep() {
		Instant now = clock.instant();
		int finished = 0;
		int expired = 0;
		Set<String> held = new HashSet<>();
		for (ComplaintDraft d : mongo.findAll(ComplaintDraft.class)) {
			if (d.getStep() == Step.SUBMITTING) {
				if (d.getUpdatedAt().isBefore(now.minus(Duration.ofHours(1)))) {
					finishFiling(d);
					finished++;
				}
				else {
					held.addAll(d.getPhotoIds());
				}
			}
			else if (d.expired(now)) {
				discard(d);
				expired++;
			}
			else {
				held.addAll(d.getPhotoIds());
			}
		}
		int removed = photos.sweepUnattached(today().minusDays(2), held);
		long limitsRemoved = limits.sweep();
		return new SweepReport(finished, expired, removed, limitsRemoved);
	}

	private Optional<ComplaintDraft> current(String key) {
		ComplaintDraft d = mongo.findById(key, ComplaintDraft.class);
		if (d != null && d.expired(clock.instant())) {
			discard(d);
			return Optional.empty();
		}
		return Optional.ofNullable(d);
	}

	private ComplaintDraft save(ComplaintDraft draft) {
		draft.touch(clock.instant());
		return mongo.save(draft);
	}

	private String key(String userId) {
		return pseudonyms.of(Purpose.CONVERSATION, userId);
	}

	private Agency agency(String code) {
		return agencies.find(code).orElse(new Agency(code, code, null, null, null));
	}

	private Topic topic(String id) {
		return id == null ? null : Topic.find(topics, id).orElse(null);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
