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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where sign-in passwords are checked: on a few platform threads of their own, with a short queue in front
 * served first come, first served. A password hash (bcrypt) costs tens of milliseconds of CPU by design.
 * Lantern serves requests on virtual threads, which the JVM never pre-empts: a hash checked on the
 * request's own thread holds one of its carrier threads (one per processor) until it is done, and on a
 * morning when hundreds of people sign in, every other request (an autosave holding a database connection
 * half-way through its transaction) waits for a carrier. Here the request's thread waits without holding
 * a carrier, the operating system shares the processors between the hashes and everything else, and no
 * more than {@link PasswordCheckProperties#threads} hashes run at once however many people sign in.
 * <p>
 * A sign-in takes a {@linkplain #admit place} before anything else is done for it (before the throttle's
 * counters are touched); when all places are taken, or its hash waited longer than
 * {@link PasswordCheckProperties#longestWait}, it is answered {@link SignInBusyException}. Passwords are
 * never checked inside a database transaction, which would hold a pooled connection for the whole hash.
 */
@Component
class PasswordChecks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PasswordChecks.class);
    private static final Duration BUSY_LOG_INTERVAL = Duration.ofMinutes(1);

    /** A sign-in's place among those checked or waiting; give it back when its sign-in is over. */
    interface Place extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore places;
    private final int capacity;
    private final ThreadPoolExecutor checkers;
    private final Duration longestWait;
    private final Clock clock;
    private final AtomicLong busy = new AtomicLong();
    private final AtomicReference<Instant> busyLogged = new AtomicReference<>(Instant.MIN);

    PasswordChecks(PasswordCheckProperties properties, Clock clock) {
        int threads = properties.threads(Runtime.getRuntime().availableProcessors());
        this.capacity = threads + properties.queue();
        this.places = new Semaphore(capacity);
        AtomicInteger number = new AtomicInteger();
        // the queue holds every admitted sign-in, so it refuses only a check made without a place
        this.checkers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity),
                task -> Thread.ofPlatform().daemon().name("password-check-" + number.incrementAndGet()).unstarted(task));
        this.longestWait = properties.longestWait();
        this.clock = clock;
    }

    /**
     * A place for one sign-in, taken without waiting.
     *
     * @throws SignInBusyException when every place is taken
     */
    Place admit() {
        if (!places.tryAcquire()) {
            throw busy("all " + capacity + " places taken");
        }
        return places::release;
    }

    /**
     * Runs {@code check} (a hash) on a password-check thread and waits for its answer.
     *
     * @throws SignInBusyException   when it waited longer than the longest wait (it is then not run)
     * @throws IllegalStateException inside a database transaction
     */
    <T> T run(Callable<T> check) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A password is never checked inside a database transaction: the transaction "
                    + "would hold a pooled connection for the whole hash");
        }
        Future<T> answer;
        try {
            answer = checkers.submit(check);
        } catch (RejectedExecutionException full) {
            throw busy("queue full");
        }
        try {
            return answer.get(longestWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException waitedTooLong) {
            answer.cancel(false);
            checkers.remove((Runnable) answer);
            throw busy("waited " + longestWait.toMillis() + " ms");
        } catch (InterruptedException e) {
            answer.cancel(false);
            Thread.currentThread().interrupt();
            throw busy("interrupted");
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
