package th.ita.bot.line;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.linecorp.bot.webhook.model.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The SDK answers 200 even when a handler throws, and LINE then never redelivers: an answer lost
 * for good. When a handler marks the request as failed (the database is down), this filter turns
 * the answer into 503 so that LINE redelivers the events (with "redelivery" on in the LINE
 * console); the event ids are only recorded once handled, so the redelivery is processed.
 * <p>
 * A delivery that succeeded is appended to the {@link WebhookJournal} before its 200 goes out (with
 * the embedded database), so that a crash right after cannot lose it. There, by default, events
 * are only checked and journaled in the request and handled right after it by {@link EventLanes}
 * (fast acknowledgement: LINE's wait does not include the database work). Bodies larger than LINE ever
 * sends are refused with 413 before anything parses them.
 */
@Component
class WebhookFailureFilter extends OncePerRequestFilter {

	private static final String FAILED = WebhookFailureFilter.class.getName() + ".failed";

	private static final String DEFERRED = WebhookFailureFilter.class.getName() + ".deferred";

	/** LINE sends at most a few hundred events per request, each well under 10 KB. */
	static final int MAX_BODY = 4 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(WebhookFailureFilter.class);

	private final String path;

	private final WebhookJournal journal;

	private final EventLanes lanes;

	WebhookFailureFilter(@Value("${line.bot.handler.path:/callback}") String path, WebhookJournal journal,
			EventLanes lanes) {
		this.path = path;
		this.journal = journal;
		this.lanes = lanes;
	}

	/**
	 * With fast acknowledgement, keeps a checked event of this delivery to be handled once the
	 * delivery is in the journal, after the 200; false when events are handled in the request.
	 */
	@SuppressWarnings("unchecked")
	static boolean defer(Event event) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		Object deferred = attributes == null ? null : attributes.getAttribute(DEFERRED, RequestAttributes.SCOPE_REQUEST);
		if (deferred == null) {
			return false;
		}
		((List<Event>) deferred).add(event);
		return true;
	}

	static void markFailed() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.setAttribute(FAILED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** Whether an earlier event of this delivery failed: the rest need not wait for the database. */
	static boolean failed() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes != null && Boolean.TRUE.equals(attributes.getAttribute(FAILED, RequestAttributes.SCOPE_REQUEST));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int declared = request.getContentLength();
		if (declared > MAX_BODY) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		// with a declared length (LINE always sends one) exactly that: an 8 KB buffer per webhook
		// was 8% of all the bot's allocation under load
		byte[] body = request.getInputStream().readNBytes(declared >= 0 ? declared : MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		List<Event> deferred = lanes.enabled() ? new ArrayList<>() : null;
		if (deferred != null) {
			request.setAttribute(DEFERRED, deferred);
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(new BodyRequest(request, body), wrapper);
		if (Boolean.TRUE.equals(request.getAttribute(FAILED))) {
			wrapper.resetBuffer();
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
			int later = deferred == null ? 0 : deferred.size();
			if (later > 0 && !lanes.reserve(later)) {
				// more waiting than the bot should hold: LINE sends it again in a while
				wrapper.resetBuffer();
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return;
			}
			WebhookJournal.Segment segment;
			try {
				segment = journal.append(body, later);
			}
			catch (IOException ex) {
				// not kept: better LINE sends it again than a crash loses it
				log.error("Webhook journal append failed: {}", ex.toString());
				lanes.release(later);
				wrapper.resetBuffer();
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return;
			}
			if (later > 0) {
				lanes.submit(deferred, segment);
			}
		}
		wrapper.copyBodyToResponse();
	}

	/** The request with its body already read (for the journal), readable again by the SDK. */
	static final class BodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
