package org.lantern.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where sign-in passwords are checked: on a few platform threads of their own, a few sign-ins at a time,
 * with a short queue in front served first come, first served. A password hash (bcrypt) costs tens of
 * milliseconds of CPU by design. Lantern serves requests on virtual threads, which the JVM never pre-empts:
 * a hash checked on the request's own thread holds one of its carrier threads (one per processor) until it
 * is done, and on a morning when hundreds of people sign in, every other request (an autosave holding a
 * database connection half-way through its transaction) waits for a carrier. Here the request's thread
 * waits without holding a carrier, the operating system shares the processors between the hashes and
 * everything else, and no more than {@link PasswordCheckProperties#threads} hashes run at once however
 * many people sign in.
 * <p>
 * A sign-in {@linkplain #take takes its turn} before anything else is done for it: the throttle reserves
 * an attempt only once its turn has come, so the attempts counted as failures until their password is
 * checked are never more than the turns (twice the threads, so that one sign-in's database work overlaps
 * another's hash), however long the queue; a whole office behind one address signing in at once stays
 * far below the per-address cap. When the queue is full, or the turn did not come within
 * {@link PasswordCheckProperties#longestWait}, the sign-in is answered {@link SignInBusyException} with
 * nothing counted. Passwords are never checked inside a database transaction, which would hold a pooled
 * connection for the whole hash.
 */
@Component
class PasswordChecks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PasswordChecks.class);
    private static final Duration BUSY_LOG_INTERVAL = Duration.ofMinutes(1);

    /** A sign-in's turn: give it back (close it) when its sign-in is over. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore places;
    private final Semaphore turns;
    private final int capacity;
    private final ExecutorService checkers;
    private final Duration longestWait;
    private final Clock clock;
    private final AtomicLong busy = new AtomicLong();
    private final AtomicReference<Instant> busyLogged = new AtomicReference<>(Instant.MIN);

    PasswordChecks(PasswordCheckProperties properties, Clock clock) {
        int threads = properties.threads(Runtime.getRuntime().availableProcessors());
        int turnsAtOnce = 2 * threads;
        this.capacity = turnsAtOnce + properties.queue();
        this.places = new Semaphore(capacity);
        this.turns = new Semaphore(turnsAtOnce, true);   // fair: first come, first served
        AtomicInteger number = new AtomicInteger();
        this.checkers = Executors.newFixedThreadPool(threads,
                task -> Thread.ofPlatform().daemon().name("password-check-" + number.incrementAndGet()).unstarted(task));
        this.longestWait = properties.longestWait();
        this.clock = clock;
    }

    /**
     * Waits for this sign-in's turn, in the order sign-ins arrived.
     *
     * @throws SignInBusyException when the queue is full, or the turn did not come within the longest wait
     */
    Turn take() {
        if (!places.tryAcquire()) {
            throw busy("all " + capacity + " places taken");
        }
        boolean turn = false;
        try {
            turn = turns.tryAcquire(longestWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!turn) {
                places.release();
            }
        }
        if (!turn) {
            throw busy("waited " + longestWait.toMillis() + " ms");
        }
        return () -> {
            turns.release();
            places.release();
        };
    }

    /**
     * Runs {@code check} (a hash) on a password-check thread and waits for its answer.
     *
     * @throws IllegalStateException inside a database transaction
     */
    <T> T run(Callable<T> check) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A password is never checked inside a database transaction: the transaction "
                    + "would hold a pooled connection for the whole hash");
        }
        Future<T> answer = checkers.submit(check);
        try {
            return answer.get();
        } catch (InterruptedException e) {
            answer.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a password was checked", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Checking a password failed", e.getCause());
        }
    }

    /** A password encoder that hashes and checks through {@link #run}. */
    PasswordEncoder encoder(PasswordEncoder hashing) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return run(() -> hashing.encode(rawPassword));
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return run(() -> hashing.matches(rawPassword, encodedPassword));
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return hashing.upgradeEncoding(encodedPassword);
            }
        };
    }

    private SignInBusyException busy(String why) {
        long count = busy.incrementAndGet();
        Instant now = clock.instant();
        Instant last = busyLogged.get();
        if (now.isAfter(last.plus(BUSY_LOG_INTERVAL)) && busyLogged.compareAndSet(last, now)) {
            log.warn("Sign-ins are arriving faster than passwords can be checked ({}): {} asked to try again in a moment "
                    + "since start; see lantern.sign-in.password-checks in the README", why, count);
        }
        return new SignInBusyException();
    }

    @Override
    public void destroy() {
        checkers.shutdownNow();
    }
}
