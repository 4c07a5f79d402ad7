package org.lantern.audit;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * The throttling rules on their own, without a database: from the three counters an attempt touches
 * (its user name and address together, its user name, its address), how long it must wait, and the
 * counters after it is reserved or has succeeded. The README's "Sign-in, throttling and lockout" states
 * the same rules in words.
 */
@RequiredArgsConstructor
final class SignInPolicy {

    /**
     * One counter.
     *
     * @param failures    failed (or reserved) attempts being counted
     * @param since       when this count started: the start of an address's window
     * @param lastFailure the latest failed (or reserved) attempt
     * @param lastSuccess the latest successful sign-in (pairs only)
     */
    record Counter(int failures, Instant since, @Nullable Instant lastFailure, @Nullable Instant lastSuccess) {

        static Counter fresh(Instant now) {
            return new Counter(0, now, null, null);
        }
    }

    private final SignInProperties properties;

    /** How long an attempt must wait before it may go ahead; zero when it may go ahead now. */
    Duration wait(Instant now, Counter pair, Counter name, Counter address) {
        boolean trusted = trusted(pair, now);
        int pairFailures = remembered(pair, now);
        // a user name under attack from many addresses: addresses it has not signed in from get one free try
        int free = !trusted && remembered(name, now) >= properties.maxFailuresPerUser() ? 1 : properties.failuresBeforeDelay();
        Instant until = Instant.MIN;
        if (pairFailures >= free && pair.lastFailure() != null) {
            until = pair.lastFailure().plus(delay(pairFailures - free));
        }
        if (!trusted && inWindow(address, now) >= properties.maxFailuresPerAddress()) {
            Instant windowEnd = address.since().plus(properties.window());
            until = windowEnd.isAfter(until) ? windowEnd : until;
        }
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** The wait after {@code beyond} failures past the free ones: the first delay, doubled each time, capped. */
    Duration delay(int beyond) {
        Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(beyond, 40));
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    /** A pair or user name counter with this attempt reserved as a failure (given back on success). */
    Counter reserved(Counter counter, Instant now) {
        int failures = remembered(counter, now);
        return new Counter(failures + 1, failures == 0 ? now : counter.since(), now, counter.lastSuccess());
    }

    /** The address counter with this attempt reserved: a new window starts when the last one is over. */
    Counter reservedForAddress(Counter address, Instant now) {
        int failures = inWindow(address, now);
        return new Counter(failures + 1, failures == 0 ? now : address.since(), now, null);
    }

    /** The pair after a successful sign-in: its failures are cleared and its address is now trusted. */
    Counter succeededPair(Counter pair, Instant now) {
        return new Counter(0, now, pair.lastFailure(), now);
    }

    /** A user name or address counter after a successful sign-in: the reserved attempt is given back. */
    Counter givenBack(Counter counter) {
        return new Counter(Math.max(0, counter.failures() - 1), counter.since(), counter.lastFailure(), counter.lastSuccess());
    }

    boolean trusted(Counter pair, Instant now) {
        return pair.lastSuccess() != null && now.isBefore(pair.lastSuccess().plus(properties.trustedFor()));
    }

    /** Failures of a pair or user name, forgotten once none has happened for {@code forget-after}. */
    private int remembered(Counter counter, Instant now) {
        return counter.lastFailure() == null || !now.isBefore(counter.lastFailure().plus(properties.forgetAfter()))
                ? 0 : counter.failures();
    }

    private int inWindow(Counter address, Instant now) {
        return now.isBefore(address.since().plus(properties.window())) ? address.failures() : 0;
    }
}
