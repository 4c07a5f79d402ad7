package org.lantern.people;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.lantern.people.AccountSessions.SignedOut;
import org.lantern.people.AccountSessions.Stamp;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks each request of a signed-in session against its account ({@link AccountSessions#check}) and
 * stamps a session when someone signs in. An ended session is invalidated and its security context
 * cleared; the person lands on the sign-in page, which says why: a page load is redirected there, a
 * Vaadin UIDL request (a click in an open page) gets the answer that makes Flow's client go there, and
 * other Vaadin requests (heartbeats, push) get 410 Gone, which makes the client reload the page, and
 * the reload is redirected there.
 */
final class AccountSessionFilter extends OncePerRequestFilter {

    private final AccountSessions sessions;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    AccountSessionFilter(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication before = signedIn();
        HttpSession session = request.getSession(false);
        boolean stamped = false;
        if (session != null) {
            if (session.getAttribute(AccountSessions.STAMP) instanceof Stamp stamp) {
                stamped = stamp.username().equals(before == null ? null : before.getName());
                Optional<SignedOut> why = sessions.check(stamp);
                if (why.isPresent()) {
                    end(request, response, why.get());
                    return;
                }
            } else if (before == null && isPageLoad(request)
                    && session.getAttribute(AccountSessions.SIGNED_OUT) instanceof SignedOut why) {
                session.removeAttribute(AccountSessions.SIGNED_OUT);
                response.sendRedirect(signInPage(request, why));
                return;
            }
        }
        chain.doFilter(request, response);
        Authentication after = signedIn();
        if (after != null && (after != before || !stamped)) {
            stamp(request, response, after);   // a sign-in in this request, or a session from before this check existed
        }
    }

    private void stamp(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        try {
            HttpSession session = request.getSession(false);
            if (session == null) {
                return;
            }
            Optional<Stamp> stamp = sessions.stamp(signedIn);
            if (stamp.isPresent()) {
                session.setAttribute(AccountSessions.STAMP, stamp.get());
            } else {
                logout(request, response, signedIn);   // changed while signing in: sign in again
            }
        } catch (IllegalStateException invalidated) {
            // signed out during this request: nothing to stamp
        }
    }

    private void end(HttpServletRequest request, HttpServletResponse response, SignedOut why) throws IOException {
        logout(request, response, contexts().getContext().getAuthentication());
        String signInPage = signInPage(request, why);
        String vaadinRequest = request.getParameter("v-r");
        response.setHeader("Cache-Control", "no-cache, no-store");
        if ("uidl".equals(vaadinRequest)) {
            // Flow's client treats an "unrecoverable error" without caption, message or details as a
            // redirect to its URL (SystemErrorHandler), so no error dialog is shown
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream().write(("for(;;);[" + VaadinService.createCriticalNotificationJSON(
                    null, null, null, signInPage) + "]").getBytes(StandardCharsets.UTF_8));
        } else if (isPageLoad(request)) {
            response.sendRedirect(signInPage);
        } else {
            // the page loaded next (after Vaadin's client reloads) is sent to the sign-in page with the reason
            request.getSession(true).setAttribute(AccountSessions.SIGNED_OUT, why);
            if (vaadinRequest != null) {
                response.setStatus(HttpServletResponse.SC_GONE);   // what Vaadin answers a heartbeat of an expired session
                response.setContentType("text/plain; charset=UTF-8");
                response.getOutputStream().write("Signed out".getBytes(StandardCharsets.UTF_8));
            } else {
                response.sendRedirect(signInPage);
            }
        }
    }

    private @Nullable Authentication signedIn() {
        Authentication authentication = contexts().getContext().getAuthentication();
        return trust.isAuthenticated(authentication) ? authentication : null;
    }

    /** Invalidates the session and clears the security context. */
    private static void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication signedIn) {
        SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();
        logout.setSecurityContextHolderStrategy(contexts());
        logout.logout(request, response, signedIn);
    }

    /** Looked up each time: Vaadin installs its own strategy after the security chains are built. */
    private static SecurityContextHolderStrategy contexts() {
        return SecurityContextHolder.getContextHolderStrategy();
    }

    /** A browser loading a page (not a script, style, image or Vaadin background request). */
    private static boolean isPageLoad(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("v-r") == null && accept != null && accept.contains("text/html");
    }

    private static String signInPage(HttpServletRequest request, SignedOut why) {
        return request.getContextPath() + "/login?" + AccountSessions.SIGNED_OUT_PARAMETER + "=" + why.parameter();
    }
}
