package org.lantern.audit;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.UserNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Decides whether a password sign-in may go ahead, and counts it. Each attempt is reserved as a failure
 * before its password is checked ({@link #reserve}), in one transaction that locks its counters, and given
 * back when the password was right ({@link #succeeded}); so attempts sent in parallel are counted one by
 * one. The counters live in PostgreSQL: every Lantern instance on one database shares them and a restart
 * does not reset them. The rules are in {@link SignInPolicy} and the README.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** A reserved attempt: give it to {@link #succeeded} when the password was right. */
    public record Reservation(String nameKey, String addressKey) {
    }

    private final SignInAttemptRepository repository;
    private final SignInProperties properties;
    private final SignInPolicy policy;
    private final Clock clock;

    SignInThrottle(SignInAttemptRepository repository, SignInProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.policy = new SignInPolicy(properties);
        this.clock = clock;
    }

    /**
     * Reserves one attempt for {@code typedUsername} (counted under {@link UserNames#throttleKey}) from
     * {@code clientAddress} (counted by {@link ClientAddress#key}), or refuses it.
     *
     * @throws SignInPausedException when the attempt must wait; nothing is counted then
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Reservation reserve(String typedUsername, @Nullable String clientAddress) {
        Instant now = clock.instant();
        Reservation reservation = new Reservation(nameKey(typedUsername), addressKey(clientAddress));
        var counters = repository.lock(reservation.nameKey(), reservation.addressKey(), now);
        Duration wait = policy.wait(now, counters.pair(), counters.name(), counters.address());
        if (wait.isPositive()) {
            throw new SignInPausedException(wait);
        }
        repository.save(SignInAttemptRepository.Scope.ADDRESS, "", reservation.addressKey(),
                policy.reservedForAddress(counters.address(), now));
        repository.save(SignInAttemptRepository.Scope.NAME, reservation.nameKey(), "", policy.reserved(counters.name(), now));
        repository.save(SignInAttemptRepository.Scope.PAIR, reservation.nameKey(), reservation.addressKey(),
                policy.reserved(counters.pair(), now));
        return reservation;
    }

    /** The reserved attempt signed in: its pair starts afresh (and is trusted), the others get it back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(Reservation reservation) {
        Instant now = clock.instant();
        var counters = repository.lock(reservation.nameKey(), reservation.addressKey(), now);
        repository.save(SignInAttemptRepository.Scope.ADDRESS, "", reservation.addressKey(), policy.givenBack(counters.address()));
        repository.save(SignInAttemptRepository.Scope.NAME, reservation.nameKey(), "", policy.givenBack(counters.name()));
        repository.save(SignInAttemptRepository.Scope.PAIR, reservation.nameKey(), reservation.addressKey(),
                policy.succeededPair(counters.pair(), now));
    }

    /** Forgets counters that no longer matter, so the table holds only the last day's attempts and trusted addresses. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetIdle() {
        Instant now = clock.instant();
        Duration failures = properties.forgetAfter().compareTo(properties.window()) > 0 ? properties.forgetAfter() : properties.window();
        int removed = repository.deleteIdle(now.minus(failures), now.minus(properties.trustedFor()));
        if (removed > 0) {
            log.debug("Sign-in throttle: forgot {} idle counters", removed);
        }
    }

    /** The words shown to someone refused, e.g. "... try again in 30 seconds." */
    public static String message(Duration remaining) {
        long seconds = Math.max(1, remaining.toSeconds() + (remaining.toNanosPart() > 0 ? 1 : 0));
        String when;
        if (seconds < 60) {
            when = seconds + (seconds == 1 ? " second." : " seconds.");
        } else {
            long minutes = (seconds + 59) / 60;
            when = minutes + (minutes == 1 ? " minute." : " minutes.");
        }
        return "Too many failed sign-in attempts. Sign-in is paused for this account or network; try again in " + when;
    }

    /** The user name as counted: normalised, hidden characters left out, then hashed (SHA-256, hex). */
    static String nameKey(@Nullable String typedUsername) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(UserNames.throttleKey(typedUsername).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String addressKey(@Nullable String clientAddress) {
        String key = ClientAddress.key(clientAddress);
        return key == null ? "" : key;
    }
}
