package org.lantern.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sign-in throttling (prefix {@code lantern.sign-in}); the README's "Sign-in, throttling and lockout"
 * explains the policy. In short:
 *
 * @param failuresBeforeDelay   failed attempts for one user name from one address before that pair must
 *                              wait ({@code failures-before-delay})
 * @param firstDelay            the first wait; each further failure doubles it
 * @param maxDelay              the longest wait for one pair (formerly {@code lockout})
 * @param forgetAfter           a pair's or a user name's failures are forgotten after this long without one
 * @param maxFailuresPerUser    failures for one user name from all addresses after which an address that
 *                              has not signed in as that name before gets one free attempt instead of
 *                              {@code failuresBeforeDelay}
 * @param maxFailuresPerAddress failures from one address (any user names) within {@code window} after which
 *                              that address is paused until the window ends
 * @param window                the per-address counting window
 * @param trustedFor            how long after a successful sign-in an address counts as that person's own:
 *                              neither the per-address cap nor the per-user-name slow-down applies to it
 */
@ConfigurationProperties("lantern.sign-in")
public record SignInProperties(@DefaultValue("5") int failuresBeforeDelay,
                               @DefaultValue("30s") Duration firstDelay,
                               @DefaultValue("15m") Duration maxDelay,
                               @DefaultValue("24h") Duration forgetAfter,
                               @DefaultValue("20") int maxFailuresPerUser,
                               @DefaultValue("20") int maxFailuresPerAddress,
                               @DefaultValue("15m") Duration window,
                               @DefaultValue("60d") Duration trustedFor) {

    public SignInProperties {
        if (failuresBeforeDelay < 1 || maxFailuresPerUser < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException(
                    "lantern.sign-in.failures-before-delay and max-failures-per-* must be at least 1");
        }
        for (Duration d : new Duration[] {firstDelay, maxDelay, forgetAfter, window, trustedFor}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("lantern.sign-in durations must be positive");
            }
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("lantern.sign-in.max-delay must not be shorter than first-delay");
        }
    }
}
