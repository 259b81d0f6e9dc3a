package fi.kohtaanto.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a user out at once when an admin has turned their account off since they signed in: every request of a
 * signed-in user looks up the account's state (one primary-key lookup), and a session of a turned-off or removed
 * account ends there, with a note on the sign-in page.
 */
class DisabledAccountFilter extends OncePerRequestFilter {

	static final String SIGNED_OUT_URL = "/login?disabled";

	private final AccountRepository repository;

	DisabledAccountFilter(AccountRepository repository) {
		this.repository = repository;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& !repository.enabledById(principal.user().id().value()).orElse(false)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			String target = request.getContextPath() + SIGNED_OUT_URL;
			if (request.getHeader("HX-Request") != null) {
				// htmx follows redirects inside the page; make it load the sign-in page as a whole.
				response.setHeader("HX-Redirect", target);
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			}
			else {
				response.sendRedirect(target);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
