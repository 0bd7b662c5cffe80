package th.ita.bot.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import th.ita.bot.system.EmbeddedDatabase;

/**
 * Webhook deliveries the bot acknowledged, kept until the embedded database has them in its file.
 * The file is written once a second (a checkpoint); LINE never resends what it got a 200 for, so
 * without this a killed process (kill -9, out of memory, power cut of a container) would forget up
 * to a second of answers people saw confirmed. Each delivery is appended here before its 200 goes
 * out; after each checkpoint the part of the journal it covers is deleted; on start, whatever is
 * left is handled again, before the web server opens (events already handled are recognised by
 * their ids and skipped; no replies are sent again).
 * <p>
 * Only for the embedded H2 file: with MongoDB (a URI), acknowledged writes are the database's job
 * (its journal and write concern). Appends are not forced to disk unless
 * {@code ita.embedded-mongo.journal-fsync=true}: the operating system keeps them through a crash of
 * the bot's process, not through a power cut.
 */
@Component
public class WebhookJournal implements SmartLifecycle, EmbeddedDatabase.CheckpointListener {

	private static final Logger log = LoggerFactory.getLogger(WebhookJournal.class);

	/** Before the web server (which starts last) takes requests. */
	static final int PHASE = Integer.MAX_VALUE - 4096;

	/** Configured as the SDK's own parser (ModelObjectMapper) reads webhooks. */
	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
		.enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
		.configure(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS, false)
		.findAndRegisterModules();

	private final EmbeddedDatabase database;

	private final LineEventHandler handler;

	private final boolean fsync;

	private final Path prefix;

	private Segment current;

	private long sequence;

	/** Closed segments with deliveries still being handled (see {@link EventLanes}). */
	private final List<Segment> closed = new ArrayList<>();

	/** Segments all handled before the checkpoint under way began: deleted once it is done. */
	private final List<Path> done = new ArrayList<>();

	/**
	 * One journal file. Deliveries acknowledged before they are handled (fast acknowledgement)
	 * count as pending in their segment; it is deleted only after a checkpoint that began once
	 * none was pending, so the file then holds their effects.
	 */
	public static final class Segment {

		final Path path;

		final FileChannel channel;

		private final AtomicInteger pending = new AtomicInteger();

		Segment(Path path, FileChannel channel) {
			this.path = path;
			this.channel = channel;
		}

		void handling(int events) {
			pending.addAndGet(events);
		}

		void handled() {
			pending.decrementAndGet();
		}

		boolean settled() {
			return pending.get() == 0;
		}
	}

	private volatile boolean running;

	WebhookJournal(ObjectProvider<EmbeddedDatabase> database, LineEventHandler handler,
			@Value("${ita.embedded-mongo.journal-fsync:false}") boolean fsync) {
		this.database = database.getIfAvailable();
		this.handler = handler;
		this.fsync = fsync;
		Path file = this.database == null ? null : this.database.file().orElse(null);
		this.prefix = file == null ? null : file.resolveSibling(file.getFileName() + ".journal.");
	}

	boolean enabled() {
		return prefix != null;
	}

	/**
	 * Appends an acknowledged delivery; throws when it cannot be kept (the webhook must then fail).
	 * @param handling events of it still to be handled after the acknowledgement (see {@link Segment})
	 * @return the segment it went to; null when the journal is off
	 */
	public synchronized Segment append(byte[] body, int handling) throws IOException {
		if (!enabled()) {
			return null;
		}
		if (current == null) {
			Path path = prefix.resolveSibling(prefix.getFileName() + String.format("%019d", ++sequence));
			current = new Segment(path, FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND));
		}
		CRC32 crc = new CRC32();
		crc.update(body);
		ByteBuffer record = ByteBuffer.allocate(4 + 8 + body.length);
		record.putInt(body.length).putLong(crc.getValue()).put(body).flip();
		while (record.hasRemaining()) {
			current.channel.write(record);
		}
		if (fsync) {
			current.channel.force(false);
		}
		current.handling(handling);
		return current;
	}

	@Override
	public synchronized void beforeCheckpoint() {
		if (current != null) {
			try {
				current.channel.close();
			}
			catch (IOException ex) {
				log.warn("Closing a journal segment failed: {}", ex.toString());
			}
			closed.add(current);
			current = null;
		}
		for (java.util.Iterator<Segment> i = closed.iterator(); i.hasNext();) {
			Segment s = i.next();
			if (s.settled()) {
				done.add(s.path);
				i.remove();
			}
		}
	}

	@Override
	public void afterCheckpoint() {
		List<Path> delete;
		synchronized (this) {
			delete = List.copyOf(done);
			done.clear();
		}
		for (Path p : delete) {
			try {
				Files.deleteIfExists(p);
			}
			catch (IOException ex) {
				log.warn("Deleting a journal segment failed: {}", ex.toString());
			}
		}
	}

	private Stream<Path> segments() {
		try {
			return Files.list(prefix.getParent())
				.filter(p -> p.getFileName().toString().startsWith(prefix.getFileName().toString()))
				.sorted();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Handles what the last run acknowledged but did not write to the file; then checkpoints. */
	@Override
	public void start() {
		running = true;
		if (!enabled()) {
			return;
		}
		List<Path> left;
		try (Stream<Path> segments = segments()) {
			left = segments.toList();
		}
		int events = 0;
		for (Path segment : left) {
			String name = segment.getFileName().toString();
			sequence = Math.max(sequence, Long.parseLong(name.substring(name.lastIndexOf('.') + 1)));
			for (byte[] body : read(segment)) {
				try {
					CallbackRequest request = JSON.readValue(body, CallbackRequest.class);
					for (Event event : request.events()) {
						handler.replay(event);
						events++;
					}
				}
				catch (IOException | RuntimeException ex) {
					log.error("A journaled webhook could not be handled again: {}", ex.toString());
				}
			}
		}
		database.addListener(this);
		if (!left.isEmpty()) {
			database.checkpoint();
			synchronized (this) {
				done.addAll(left);
			}
			afterCheckpoint();
			log.warn("Recovered after an unclean stop: {} acknowledged webhook events handled again from the journal",
					events);
		}
	}

	/** The complete records of a segment; a torn last record (the process died mid-write) is ignored. */
	static List<byte[]> read(Path segment) {
		List<byte[]> bodies = new ArrayList<>();
		try {
			ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(segment));
			while (all.remaining() >= 12) {
				int length = all.getInt();
				long crc = all.getLong();
				if (length < 0 || length > all.remaining()) {
					break;
				}
				byte[] body = new byte[length];
				all.get(body);
				CRC32 check = new CRC32();
				check.update(body);
				if (check.getValue() != crc) {
					break;
				}
				bodies.add(body);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bodies;
	}

	/** On a clean stop (after the web server stopped): everything to the file, the journal emptied. */
	@Override
	public void stop() {
		running = false;
		if (enabled()) {
			database.checkpoint();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}
}
