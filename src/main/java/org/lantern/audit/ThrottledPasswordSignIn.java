package org.lantern.audit;

import org.lantern.base.security.UserNames;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Every password sign-in, whatever the channel (the sign-in page, HTTP Basic on the API and the metrics,
 * any later one): Spring Security uses this provider because it is the only {@code AuthenticationProvider}
 * bean. Each attempt first waits for its turn among the {@link PasswordChecks} (turned away, with nothing
 * counted, when too many are waiting), is then reserved with {@link SignInThrottle} (refused, and
 * audited, when it must wait), then a user name with hidden characters is refused as a failed sign-in,
 * and only then is the password checked by Spring Security's own {@link DaoAuthenticationProvider}, its
 * hash on a password-check thread. No database transaction is open while the hash is checked: the
 * reservation, the account's lookup and the success each commit in their own.
 * <p>
 * Spring Security uses an {@code AuthenticationProvider} bean only while it is the only one; with a second,
 * it would quietly check passwords itself, unthrottled. So the application refuses to start then. (The
 * start-up warning that "UserDetailsService beans will not be used" is this provider taking over.)
 */
@Component
class ThrottledPasswordSignIn implements AuthenticationProvider, SmartInitializingSingleton {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditService audit;
    private final PasswordChecks checks;

    private final ListableBeanFactory beans;

    ThrottledPasswordSignIn(UserDetailsService accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle,
                            AuditService audit, PasswordChecks checks, ListableBeanFactory beans) {
        this.beans = beans;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(checks.encoder(passwordEncoder));
        this.throttle = throttle;
        this.audit = audit;
        this.checks = checks;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try (PasswordChecks.Turn turn = checks.take()) {
            return throttledCheck(authentication);
        }
    }

    private Authentication throttledCheck(Authentication authentication) {
        String typed = authentication.getName();
        String address = ClientAddress.current();
        SignInThrottle.Reservation reservation;
        try {
            reservation = throttle.reserve(typed, address);
        } catch (SignInPausedException paused) {
            audit.record(UserNames.throttleKey(typed), AuditEventType.SIGN_IN_REFUSED.key(),
                    "Refused after too many failed attempts: " + SignInAudit.channel(), address);
            throw paused;
        } catch (RuntimeException e) {
            // e.g. no database: the sign-in page and the API say so rather than "wrong password"
            throw new InternalAuthenticationServiceException("Sign-in attempts cannot be counted just now", e);
        }
        if (UserNames.hasHiddenCharacters(typed)) {
            // counted as a failure for the visible user name (the reservation stays), and never checked
            throw new BadCredentialsException("User names cannot hold control or invisible characters");
        }
        Authentication signedIn = passwords.authenticate(authentication);
        try {
            throttle.succeeded(reservation);
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("Sign-in attempts cannot be counted just now", e);
        }
        return signedIn;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String[] providers = beans.getBeanNamesForType(AuthenticationProvider.class);
        if (providers.length != 1) {
            throw new IllegalStateException("Every password sign-in must go through the sign-in throttle, but Spring "
                    + "Security only uses an AuthenticationProvider bean when it is the only one. Found: "
                    + String.join(", ", providers) + ". Add other providers to a security chain instead.");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
