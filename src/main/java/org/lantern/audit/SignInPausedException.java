package org.lantern.audit;

import org.springframework.security.authentication.AccountStatusException;

import java.time.Duration;

/**
 * A sign-in attempt refused before its password was checked, because of earlier failures (see
 * {@link SignInThrottle}). An {@link AccountStatusException}, so that Spring Security's
 * {@code ProviderManager} stops at it rather than asking another provider to check the password.
 */
public class SignInPausedException extends AccountStatusException {

    private final Duration remaining;

    SignInPausedException(Duration remaining) {
        super(SignInThrottle.message(remaining));
        this.remaining = remaining;
    }

    /** How much longer this user name from this address must wait. */
    public Duration remaining() {
        return remaining;
    }
}
