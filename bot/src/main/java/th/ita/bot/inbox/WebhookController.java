package th.ita.bot.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletRequest;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.spring.boot.core.properties.LineBotProperties;
import com.linecorp.bot.webhook.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import th.ita.bot.line.WebhookAddress;
import th.ita.bot.system.Durability;

/**
 * The one webhook path, for every database. The body is read with a hard cap (413) and a deadline,
 * under a budget of bytes being read at once across all requests (503 beyond it: LINE resends, and
 * nobody can fill the heap with unsigned uploads); the SDK's parser checks the signature (400) and
 * the JSON (400); the events go into the inbox, and the answer is 200 only once that write is
 * durable, 503 when it cannot be made so. Handling happens after, in {@link InboxWorkers}.
 */
@RestController
class WebhookController {

	private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

	private final WebhookParser parser;

	private final InboxStore store;

	private final Durability durability;

	private final InboxWorkers workers;

	private final OutageBreaker breaker;

	private final InboxSettings settings;

	private final WebhookAddress address;

	/** Kilobytes of request bodies being read right now, all requests together. */
	private final Semaphore budget;

	WebhookController(LineBotProperties line, InboxStore store, Durability durability, InboxWorkers workers,
			OutageBreaker breaker, InboxSettings settings, WebhookAddress address) {
		this.address = address;
		// the SDK's own signature check and parser, built here: its bean exists only in a web context,
		// and admin commands start the same beans without one
		this.parser = new WebhookParser(
				new LineSignatureValidator(line.channelSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		this.store = store;
		this.durability = durability;
		this.workers = workers;
		this.breaker = breaker;
		this.settings = settings;
		this.budget = new Semaphore((int) Math.max(1, settings.bytesInFlight() / 1024));
	}

	@PostMapping("${line.bot.handler.path:/callback}")
	ResponseEntity<Void> receive(HttpServletRequest request) {
		if (!workers.ready()) {
			return status(HttpStatus.SERVICE_UNAVAILABLE); // start-up not finished: LINE resends
		}
		long declared = request.getContentLengthLong();
		if (declared > settings.maxBody()) {
			return status(HttpStatus.PAYLOAD_TOO_LARGE);
		}
		int kilobytes = (int) ((declared >= 0 ? declared : settings.maxBody()) / 1024 + 1);
		if (!budget.tryAcquire(kilobytes)) {
			return status(HttpStatus.SERVICE_UNAVAILABLE);
		}
		try {
			byte[] body;
			try {
				body = read(request.getInputStream(), declared);
			}
			catch (TooLarge ex) {
				return status(HttpStatus.PAYLOAD_TOO_LARGE);
			}
			catch (IOException ex) {
				return status(HttpStatus.REQUEST_TIMEOUT); // too slow, or the sender went away
			}
			CallbackRequest callback;
			try {
				callback = parser.handle(request.getHeader(WebhookParser.SIGNATURE_HEADER_NAME), body);
			}
			catch (WebhookParseException ex) {
				return status(HttpStatus.BAD_REQUEST); // missing or wrong signature
			}
			catch (IOException | RuntimeException ex) {
				// signed but not a webhook as LINE sends it; no part of the body in the log (it may hold a message)
				log.warn("Webhook body refused (400): {}", ex.getClass().getSimpleName());
				return status(HttpStatus.BAD_REQUEST);
			}
			address.seen(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
			return store(callback.events() == null ? List.of() : callback.events());
		}
		finally {
			budget.release(kilobytes);
		}
	}

	private ResponseEntity<Void> store(List<Event> events) {
		List<InboxEntry> entries = new ArrayList<>();
		for (Event event : events) {
			if (event != null) {
				InboxEvents.reduce(event).ifPresent(entries::add);
			}
		}
		if (entries.isEmpty()) {
			return status(HttpStatus.OK);
		}
		if (!breaker.allow()) {
			return status(HttpStatus.SERVICE_UNAVAILABLE); // the database is out: LINE resends later
		}
		List<InboxEntry> fresh;
		try {
			fresh = store.accept(entries);
			durability.awaitDurable();
			breaker.succeeded();
		}
		catch (RuntimeException ex) {
			breaker.failed();
			log.error("Webhook not stored (503, LINE resends): {}", ex.getClass().getSimpleName());
			return status(HttpStatus.SERVICE_UNAVAILABLE);
		}
		workers.submit(fresh);
		return status(HttpStatus.OK);
	}

	/** The body, at most maxBody bytes, complete within the read timeout. */
	private byte[] read(InputStream in, long declared) throws IOException {
		long max = settings.maxBody();
		long deadline = System.nanoTime() + settings.readTimeout().toNanos();
		byte[] buffer = new byte[(int) (declared >= 0 ? declared : Math.min(max, 16 * 1024))];
		int length = 0;
		while (true) {
			if (length == buffer.length) {
				if (declared >= 0) {
					return buffer;
				}
				if (buffer.length >= max) {
					if (in.read() < 0) {
						return buffer;
					}
					throw new TooLarge();
				}
				buffer = Arrays.copyOf(buffer, (int) Math.min(max, buffer.length * 2L));
			}
			int n = in.read(buffer, length, buffer.length - length);
			if (n < 0) {
				return Arrays.copyOf(buffer, length);
			}
			length += n;
			if (System.nanoTime() > deadline) {
				throw new IOException("body not received within " + settings.readTimeout());
			}
		}
	}

	private static ResponseEntity<Void> status(HttpStatus status) {
		return ResponseEntity.status(status).build();
	}

	private static final class TooLarge extends IOException {

		TooLarge() {
			super("body larger than allowed");
		}
	}
}
