package org.lantern.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a sign-in attempt must be refused because of recent failures. It counts the
 * failed sign-ins in the audit trail, so every Lantern instance on one database sees the same count
 * and a restart does not reset it.
 */
@Component
public class SignInThrottle {

    private final AuditRepository repository;
    private final SignInProperties properties;
    private final Clock clock;

    @Autowired
    SignInThrottle(AuditRepository repository, SignInProperties properties, Optional<Clock> clock) {
        this(repository, properties, clock.orElse(Clock.systemUTC()));
    }

    /** With a clock of its own, so tests can look at the same failures from another time. */
    SignInThrottle(AuditRepository repository, SignInProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * How much longer attempts for this user name, or from this address, are refused; empty when
     * the attempt may go ahead.
     */
    @Transactional(readOnly = true)
    public Optional<Duration> refusedFor(String username, @Nullable String clientIp) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.window()).minus(properties.lockout());
        Instant until = Instant.MIN;
        String name = SignInAudit.normalise(username);
        if (!name.isEmpty()) {
            until = lockedUntil(repository.failuresForUser(name, since), properties.maxFailuresPerUser());
        }
        if (clientIp != null) {
            Instant byAddress = lockedUntil(repository.failuresFromAddress(clientIp, since), properties.maxFailuresPerAddress());
            until = byAddress.isAfter(until) ? byAddress : until;
        }
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** The end of the latest lockout: {@code lockout} after the failure that made {@code max} within one window. */
    private Instant lockedUntil(List<Instant> failures, int max) {
        Instant until = Instant.MIN;
        for (int last = max - 1; last < failures.size(); last++) {
            Instant first = failures.get(last - max + 1);
            Instant reached = failures.get(last);
            if (!Duration.between(first, reached).minus(properties.window()).isPositive()) {
                Instant end = reached.plus(properties.lockout());
                until = end.isAfter(until) ? end : until;
            }
        }
        return until;
    }

    /** The words shown to someone refused, e.g. "Try again in 14 minutes." */
    public static String message(Duration remaining) {
        long minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
        return "Too many failed sign-in attempts. Sign-in is paused for this account or network; try again in "
                + minutes + (minutes == 1 ? " minute." : " minutes.");
    }
}
