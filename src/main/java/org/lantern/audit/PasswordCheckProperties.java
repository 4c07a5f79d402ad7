package org.lantern.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many sign-in passwords are checked at once and how many may wait (prefix
 * {@code lantern.sign-in.password-checks}); see {@link PasswordChecks} and the README's "A survey launch morning".
 *
 * @param concurrent  hashes checked at the same time, each on a thread of its own; 0 (the default) means
 *                    one per processor: the operating system shares the processors between these threads
 *                    and the request threads, so other requests keep running while hashes are checked
 * @param queue       sign-ins that may wait for a free thread, first come first served; one more is asked
 *                    to try again in a moment
 * @param longestWait the longest a sign-in waits for a free thread before it is asked to try again
 */
@ConfigurationProperties("lantern.sign-in.password-checks")
public record PasswordCheckProperties(@DefaultValue("0") int concurrent,
                                      @DefaultValue("64") int queue,
                                      @DefaultValue("10s") Duration longestWait) {

    public PasswordCheckProperties {
        if (concurrent < 0 || queue < 0) {
            throw new IllegalArgumentException("lantern.sign-in.password-checks.concurrent and queue must not be negative");
        }
        if (longestWait.isNegative() || longestWait.isZero()) {
            throw new IllegalArgumentException("lantern.sign-in.password-checks.longest-wait must be positive");
        }
    }

    /** The hashes checked at once: {@link #concurrent}, or one per processor when it is 0. */
    int threads(int processors) {
        return concurrent > 0 ? concurrent : Math.max(1, processors);
    }
}
