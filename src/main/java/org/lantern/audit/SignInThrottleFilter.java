package org.lantern.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lantern.base.api.ApiError;
import org.lantern.base.database.DatabaseUnavailable;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Refuses sign-in attempts while {@link SignInThrottle} says so, before the password is even checked:
 * the sign-in page goes back to {@code /login?blocked}, the API answers 429 with a JSON error. Each
 * refusal is audited. Create one per security chain with {@link #forSignInPage} or {@link #forHttpBasic}.
 */
public final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final AuditService audit;
    private final boolean basic;

    private SignInThrottleFilter(SignInThrottle throttle, AuditService audit, boolean basic) {
        this.throttle = throttle;
        this.audit = audit;
        this.basic = basic;
    }

    /** For the sign-in form: checks {@code POST /login}. */
    public static SignInThrottleFilter forSignInPage(SignInThrottle throttle, AuditService audit) {
        return new SignInThrottleFilter(throttle, audit, false);
    }

    /** For the API: checks every request carrying HTTP Basic credentials. */
    public static SignInThrottleFilter forHttpBasic(SignInThrottle throttle, AuditService audit) {
        return new SignInThrottleFilter(throttle, audit, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = basic ? basicUsername(request) : formUsername(request);
        if (username.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String clientIp = ClientAddress.of(request);
        Optional<Duration> refused;
        try {
            refused = throttle.refusedFor(username.get(), clientIp);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            // no database, no sign-in: say so plainly rather than "wrong password" or a server error
            if (basic) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "30");
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(ApiError.json(DatabaseUnavailable.MESSAGE));
            } else {
                response.sendRedirect(request.getContextPath() + "/login?unavailable");
            }
            return;
        }
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        audit.record(SignInAudit.normalise(username.get()), AuditEventType.SIGN_IN_REFUSED.key(),
                "Refused after too many failed attempts: " + (basic ? "API (HTTP Basic)" : "sign-in page"), clientIp);
        if (basic) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(Math.max(1, refused.get().toSeconds())));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ApiError.json(SignInThrottle.message(refused.get())));
        } else {
            response.sendRedirect(request.getContextPath() + "/login?blocked");
        }
    }

    private static Optional<String> formUsername(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login")) {
            return Optional.empty();
        }
        String username = request.getParameter("username");
        return Optional.ofNullable(username);
    }

    private static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not Base64: Spring Security refuses it with a 401
        }
    }
}
