package org.lantern.audit;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A password sign-in turned away before anything was done for it because too many were waiting to be
 * checked ({@link PasswordChecks}). Nothing is wrong with the user name or password and nothing was
 * counted against them: the person is asked to try again in a moment. An {@link AccountStatusException}
 * (like {@link SignInPausedException}), so that Spring Security's {@code ProviderManager} stops at it and
 * tries no other provider; not an internal error, which the sign-in filter would log with a stack trace
 * for every person turned away on a busy morning.
 */
public class SignInBusyException extends AccountStatusException {

    /** What the person is told, on the sign-in page and by the API. */
    public static final String MESSAGE = "Lots of people are signing in right now. Please try again in a moment.";

    SignInBusyException() {
        super(MESSAGE);
    }
}
