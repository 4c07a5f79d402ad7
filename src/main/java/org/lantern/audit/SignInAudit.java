package org.lantern.audit;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.lantern.base.security.UserNames;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every sign-in, successful or not, from Spring Security's authentication events: the sign-in
 * page, HTTP Basic on the API (each API call signs in afresh) and organisation sign-in. Attempts the
 * throttle refused before checking the password are recorded by {@link ThrottledPasswordSignIn}.
 */
@Component
@RequiredArgsConstructor
class SignInAudit {

    private final AuditService audit;

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String username = authentication.getPrincipal() instanceof UserDetails user ? user.getUsername() : authentication.getName();
        audit.record(normalise(username), AuditEventType.SIGN_IN.key(), "Signed in: " + channel(), ClientAddress.current());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SignInPausedException || event.getException() instanceof SignInBusyException) {
            // not a failed attempt: refused before the password was checked (a pause is audited as such; being
            // asked to try again in a moment, when too many sign-ins wait, says nothing about anyone)
            return;
        }
        audit.record(normalise(event.getAuthentication().getName()), AuditEventType.SIGN_IN_FAILED.key(),
                reason(event.getException()) + ": " + channel(), ClientAddress.current());
    }

    /** A typed user name as the sign-in throttle counts it: normalised, hidden characters left out. */
    static String normalise(@Nullable String username) {
        return UserNames.throttleKey(username);
    }

    private static String reason(AuthenticationException e) {
        return switch (e) {
            case BadCredentialsException ignored -> "Wrong user name or password";
            case DisabledException ignored -> "Account disabled";
            case LockedException ignored -> "Account locked";
            default -> "Refused (" + e.getClass().getSimpleName() + ")";
        };
    }

    /** Which way the current request signs in, in words for the audit trail. */
    static String channel() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "no request";
        }
        HttpServletRequest request = attributes.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return "API (HTTP Basic)";
        }
        if (path.startsWith("/login/oauth2/")) {
            return "organisation sign-in (OpenID Connect)";
        }
        return "sign-in page";
    }
}
