package th.ita.bot.system;

import java.io.IOException;
import java.net.InetAddress;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Health details (disk paths, database, inbox counts) are for the operator on the machine only:
 * with {@code show-details=when-authorized}, Boot shows them to a caller with a principal, and this
 * gives one to a request that comes from the loopback address without proxy headers. Everyone else
 * (including anyone through a reverse proxy on the same host, which adds X-Forwarded-For) sees the
 * status alone.
 */
@Component
class LocalHealthDetails extends OncePerRequestFilter {

	private static final Principal LOCAL = () -> "local-operator";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(local(request) ? new HttpServletRequestWrapper(request) {
			@Override
			public Principal getUserPrincipal() {
				return LOCAL;
			}
		} : request, response);
	}

	static boolean local(HttpServletRequest request) {
		if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null
				|| request.getHeader("X-Real-IP") != null) {
			return false;
		}
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (IOException ex) {
			return false;
		}
	}
}
