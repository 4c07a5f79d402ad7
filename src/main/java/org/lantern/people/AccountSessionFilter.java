package org.lantern.people;

import lombok.RequiredArgsConstructor;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.lantern.base.security.PublicFiles;
import org.lantern.people.AccountSessions.SignedOut;
import org.lantern.people.AccountSessions.Stamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks each request of a signed-in session against its account ({@link AccountSessions#check}) and
 * stamps a session when someone signs in. An ended session is invalidated and its security context
 * cleared; the person lands on the sign-in page, which says why: a page load is redirected there, a
 * Vaadin UIDL request (a click in an open page) gets the answer that makes Flow's client go there, and
 * other Vaadin requests (heartbeats, push) get 410 Gone, which makes the client reload the page, and
 * the reload is redirected there (a short-lived cookie carries the reason to it).
 */
@RequiredArgsConstructor
final class AccountSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountSessionFilter.class);
    private static final String SIGNED_OUT_COOKIE = "lantern-signed-out";

    private final AccountSessions sessions;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    /**
     * Files every visitor may load (Vaadin's scripts, styles, images) carry no authority, so they are
     * served without reading the account: a page load fetches a dozen of them, and checking each cost
     * a database read (issue 16: the waits after signing in).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return PublicFiles.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication before = signedIn();
        HttpSession session = request.getSession(false);
        boolean stamped = false;
        if (session != null && session.getAttribute(AccountSessions.STAMP) instanceof Stamp stamp) {
            stamped = stamp.username().equals(before == null ? null : before.getName());
            Optional<SignedOut> why = sessions.check(stamp);
            if (why.isPresent()) {
                log.info("Ended the session of account {} ({}) at {} {} (Vaadin request: {})", stamp.accountId(),
                        why.get().key(), request.getMethod(), request.getRequestURI(), request.getParameter("v-r"));
                end(request, response, why.get());
                return;
            }
        } else if (before == null && isPageLoad(request)) {
            Optional<SignedOut> ended = signedOutCookie(request);
            if (ended.isPresent()) {
                response.addCookie(signedOutCookie(request, null));
                if (request.getParameter(AccountSessions.SIGNED_OUT_PARAMETER) == null) {
                    response.sendRedirect(signInPage(request, ended.get()));
                    return;
                }
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
            response.addCookie(signedOutCookie(request, why));   // in case the client reloads instead
            // Flow's client treats an "unrecoverable error" without caption, message or details as a
            // redirect to its URL (SystemErrorHandler), so no error dialog is shown
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream().write(("for(;;);[" + VaadinService.createCriticalNotificationJSON(
                    null, null, null, signInPage) + "]").getBytes(StandardCharsets.UTF_8));
        } else if (isPageLoad(request)) {
            response.sendRedirect(signInPage);
        } else {
            // the page loaded next (after Vaadin's client reloads) is sent to the sign-in page with the
            // reason; a cookie, because the request that reloads may well start a new session first
            response.addCookie(signedOutCookie(request, why));
            if (vaadinRequest != null) {
                response.setStatus(HttpServletResponse.SC_GONE);   // what Vaadin answers a heartbeat of an expired session
                response.setContentType("text/plain; charset=UTF-8");
                response.getOutputStream().write("Signed out".getBytes(StandardCharsets.UTF_8));
            } else {
                response.sendRedirect(signInPage);
            }
        }
    }

    private static Optional<SignedOut> signedOutCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> SIGNED_OUT_COOKIE.equals(c.getName()))
                .findFirst().flatMap(c -> SignedOut.fromParameter(c.getValue()));
    }

    /** The reason for the next page load, or (with null) its removal. */
    private static Cookie signedOutCookie(HttpServletRequest request, @Nullable SignedOut why) {
        Cookie cookie = new Cookie(SIGNED_OUT_COOKIE, why == null ? "" : why.key());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(why == null ? 0 : 600);
        return cookie;
    }

    private @Nullable Authentication signedIn() {
        Authentication authentication = contexts().getContext().getAuthentication();
        return trust.isAuthenticated(authentication) ? authentication : null;
    }

    /** Invalidates the session and clears the security context. */
    private void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication signedIn) {
        SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();
        logout.setSecurityContextHolderStrategy(contexts());
        logout.logout(request, response, signedIn);
    }

    /** Looked up each time: Vaadin installs its own strategy after the security chains are built. */
    private SecurityContextHolderStrategy contexts() {
        return sessions.securityContexts();
    }

    /** A browser loading a page (not a script, style, image or Vaadin background request). */
    private static boolean isPageLoad(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getParameter("v-r") == null && accept != null && accept.contains("text/html");
    }

    private static String signInPage(HttpServletRequest request, SignedOut why) {
        return request.getContextPath() + "/login?" + AccountSessions.SIGNED_OUT_PARAMETER + "=" + why.key();
    }
}
