package th.ita.bot.line;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 */
@Component
class WebhookFailureFilter extends OncePerRequestFilter {

	private static final String FAILED = WebhookFailureFilter.class.getName() + ".failed";

	private final String path;

	WebhookFailureFilter(@Value("${line.bot.handler.path:/callback}") String path) {
		this.path = path;
	}

	static void markFailed() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.setAttribute(FAILED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (Boolean.TRUE.equals(request.getAttribute(FAILED))) {
			wrapper.resetBuffer();
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		wrapper.copyBodyToResponse();
	}
}
