package th.ita.bot.line;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
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
 * the embedded database), so that a crash right after cannot lose it. Bodies larger than LINE ever
 * sends are refused with 413 before anything parses them.
 */
@Component
class WebhookFailureFilter extends OncePerRequestFilter {

	private static final String FAILED = WebhookFailureFilter.class.getName() + ".failed";

	/** LINE sends at most a few hundred events per request, each well under 10 KB. */
	static final int MAX_BODY = 4 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(WebhookFailureFilter.class);

	private final String path;

	private final WebhookJournal journal;

	WebhookFailureFilter(@Value("${line.bot.handler.path:/callback}") String path, WebhookJournal journal) {
		this.path = path;
		this.journal = journal;
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
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(new BodyRequest(request, body), wrapper);
		if (Boolean.TRUE.equals(request.getAttribute(FAILED))) {
			wrapper.resetBuffer();
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
			try {
				journal.append(body);
			}
			catch (IOException ex) {
				// not kept: better LINE sends it again than a crash loses it
				log.error("Webhook journal append failed: {}", ex.toString());
				wrapper.resetBuffer();
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return;
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
