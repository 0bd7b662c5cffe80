package th.ita.survey.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.bson.types.Binary;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

import th.ita.survey.anonymity.SlotLayoutConversion;
import th.ita.survey.anonymity.SlotPool;

/**
 * Evidence photos in GridFS (bucket {@value #BUCKET}), already cleaned by {@link PhotoSanitizer}.
 * The files and chunks are written here rather than by the driver's uploader because that one
 * stamps the exact upload time twice (the {@code uploadDate} field and the ObjectId of every chunk),
 * and the time of day can tell colleagues who sent a photo. Here ids are random and the date is
 * the day; the layout is standard GridFS, read back with {@link GridFsTemplate}. Files and chunks are
 * written into random free {@link SlotPool} slots, so their natural order does not follow the order
 * photos came in (which would order the complaints they belong to). A photo stays
 * "unattached" until its complaint is filed; unattached photos of abandoned drafts are swept. New
 * photos come in through the bounded {@link PhotoIntake} ({@link #clean}).
 */
public class EvidencePhotos {

	public static final String BUCKET = "complaint_photos";

	static final String FILES = BUCKET + ".files";

	static final String CHUNKS = BUCKET + ".chunks";

	/** One chunk for a cleaned photo (at most 2,560 px a side): one chunk slot per photo. */
	static final int CHUNK_SIZE = 4 * 1024 * 1024;

	private final MongoTemplate mongo;

	private final GridFsTemplate gridFs;

	private final Clock clock;

	private final PhotoIntake intake;

	private final SlotPool files;

	private final SlotPool chunks;

	/** With an intake of the default limits. */
	public EvidencePhotos(MongoTemplate mongo, Clock clock) {
		this(mongo, clock, new PhotoIntake(PhotoLimits.DEFAULTS));
	}

	public EvidencePhotos(MongoTemplate mongo, Clock clock, PhotoIntake intake) {
		this.mongo = mongo;
		this.gridFs = new GridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(), BUCKET);
		this.clock = clock;
		this.intake = intake;
		this.files = new SlotPool(mongo, FILES, clock);
		this.chunks = new SlotPool(mongo, CHUNKS, clock);
	}

	/** Slot indexes; photos stored one insert each before slots are put in a random order. */
	public void prepareStorage() {
		for (SlotPool pool : List.of(files, chunks)) {
			pool.createIndex();
			new SlotLayoutConversion(mongo).convert(pool.collection());
		}
	}

	/** Downloads a new photo and cleans it, within the intake's memory and time bounds. */
	public PhotoSanitizer.Cleaned clean(PhotoSource source) throws PhotoSource.Unavailable, PhotoSanitizer.UnreadablePhoto {
		return intake.clean(source);
	}

	/** Stores a cleaned JPEG, not yet attached to a complaint; returns its id. */
	public String store(byte[] jpeg) {
		LocalDate today = LocalDate.now(clock);
		// the file document first: a crash mid-way leaves an unattached file that the sweep removes
		String id = files.fill(new Document("length", (long) jpeg.length).append("chunkSize", CHUNK_SIZE)
			.append("uploadDate", Date.from(today.atStartOfDay(clock.getZone()).toInstant()))
			.append("filename", "evidence.jpg")
			.append("metadata", new Document("_contentType", "image/jpeg").append("attached", false)));
		for (int n = 0, from = 0; from < jpeg.length; n++, from += CHUNK_SIZE) {
			byte[] part = java.util.Arrays.copyOfRange(jpeg, from, Math.min(jpeg.length, from + CHUNK_SIZE));
			chunks.fill(new Document("files_id", id).append("n", n).append("data", new Binary(part)));
		}
		return id;
	}

	public Optional<byte[]> read(String id) {
		var file = gridFs.findOne(Query.query(Criteria.where("_id").is(id)));
		if (file == null) {
			return Optional.empty();
		}
		GridFsResource resource = gridFs.getResource(file);
		try (InputStream in = resource.getInputStream()) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Marks photos as part of a filed complaint, so the sweep keeps them. */
	public void attach(Collection<String> ids) {
		if (!ids.isEmpty()) {
			mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)), Update.update("metadata.attached", true), FILES);
		}
	}

	public void delete(Collection<String> ids) {
		for (String id : ids) {
			gridFs.delete(Query.query(Criteria.where("_id").is(id)));
		}
	}

	/** Removes unattached photos stored before {@code before}, except those a live draft still holds. */
	public int sweepUnattached(LocalDate before, Set<String> keep) {
		Date limit = Date.from(before.atStartOfDay(clock.getZone()).toInstant());
		List<String> stale = new ArrayList<>();
		for (Document f : mongo.getCollection(FILES)
			.find(new Document("metadata.attached", false).append("uploadDate", new Document("$lt", limit)))) {
			String id = f.getString("_id");
			if (!keep.contains(id)) {
				stale.add(id);
			}
		}
		delete(stale);
		return stale.size();
	}
}
