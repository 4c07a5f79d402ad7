package org.lantern.people;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The door to the one-time setup page, which creates the first administrator of a new installation.
 * Whoever reaches the page first must also know the <em>setup code</em>: Lantern makes one at start
 * while it has no administrator and prints it in its log (a WARN line), so only whoever runs Lantern
 * can claim it. The code is kept in memory only, as a SHA-256 hash, compared in constant time; it
 * works once; after {@value #WRONG_CODES_BEFORE_PAUSE} wrong codes every attempt is refused for
 * {@link #PAUSE}. Each instance has its own code (use the one from the log of the instance that
 * serves the page), and a restart makes a new one.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SetupService {

    static final int WRONG_CODES_BEFORE_PAUSE = 5;
    static final Duration PAUSE = Duration.ofMinutes(1);
    /** No 0/O, 1/I/L: easy to read from a log and type. 12 of 31 symbols: about 59 bits. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(SetupService.class);

    private final PeopleService people;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    // guarded by this
    private byte @Nullable [] codeHash;
    private int wrongCodes;
    private Instant pausedUntil = Instant.MIN;

    /** At start, after demo data (if any) was seeded: a code for a Lantern without an administrator. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (people.needsSetup()) {
            issue();
        }
    }

    /**
     * True while the setup page is open (no enabled administrator). When no code is current, e.g.
     * because the last administrator was disabled while Lantern ran, a new one is printed in the log.
     */
    public boolean open() {
        if (!people.needsSetup()) {
            return false;
        }
        synchronized (this) {
            if (codeHash == null) {
                issue();
            }
        }
        return true;
    }

    /**
     * Creates the first administrator, given the setup code from the log. A wrong code counts towards
     * the pause; a right code with an unusable user name or password can be tried again.
     *
     * @throws PeopleException when the code is wrong or paused, or the account cannot be created
     */
    public synchronized Account createFirstAdmin(String setupCode, String username, String displayName, String password) {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            long seconds = Math.max(1, Duration.between(now, pausedUntil).toSeconds());
            throw new PeopleException("Too many wrong setup codes. Try again in " + seconds + " seconds.");
        }
        if (codeHash == null || !MessageDigest.isEqual(codeHash, hash(normalise(setupCode)))) {
            wrongCodes++;
            if (wrongCodes >= WRONG_CODES_BEFORE_PAUSE) {
                wrongCodes = 0;
                pausedUntil = now.plus(PAUSE);
                log.warn("Setup page: {} wrong setup codes; setup is paused for {} seconds", WRONG_CODES_BEFORE_PAUSE,
                        PAUSE.toSeconds());
            }
            throw new PeopleException("That setup code is not right. Lantern prints the code in its log when it starts "
                    + "(look for \"setup code\").");
        }
        Account admin = people.createFirstAdmin(username, displayName, password);
        codeHash = null;
        wrongCodes = 0;
        log.info("Setup page: the first administrator '{}' was created; the setup code is used up", admin.username());
        return admin;
    }

    /** Makes a new code, replacing any earlier one, prints it in the log and returns it (for tests). */
    synchronized String issue() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        codeHash = hash(normalise(code.toString()));
        wrongCodes = 0;
        log.warn("""

                ************************************************************************
                Lantern has no administrator yet. Open /setup in a browser and enter
                this one-time setup code to create the first one:

                    {}

                ************************************************************************""", code);
        return code.toString();
    }

    private static String normalise(@Nullable String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
