package org.lantern.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 22, the launch morning: password hashes are checked on threads of their own, a few sign-ins at a
 * time, with a short queue; whoever finds it full, or waits too long, is asked to try again in a moment.
 */
class PasswordChecksTest {

    private final List<PasswordChecks> started = new ArrayList<>();

    private PasswordChecks checks(int concurrent, int queue, Duration longestWait) {
        PasswordChecks checks = new PasswordChecks(new PasswordCheckProperties(concurrent, queue, longestWait), Clock.systemUTC());
        started.add(checks);
        return checks;
    }

    @AfterEach
    void stop() {
        started.forEach(PasswordChecks::destroy);
    }

    @Test
    void aHashIsCheckedOnAPasswordCheckThreadNotOnTheRequestsOwn() throws Exception {
        PasswordChecks checks = checks(1, 4, Duration.ofSeconds(10));
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            String thread = requests.submit(() -> checks.run(() -> Thread.currentThread().getName())).get();
            assertThat(thread).startsWith("password-check-");
        }
    }

    @Test
    void whenTheQueueIsFullTheNextSignInIsAskedAtOnceToTryAgain() throws Exception {
        PasswordChecks checks = checks(1, 2, Duration.ofSeconds(10));   // two turns, two places in the queue
        PasswordChecks.Turn first = checks.take();
        PasswordChecks.Turn second = checks.take();
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> third = requests.submit(() -> checks.take().close());
            Future<?> fourth = requests.submit(() -> checks.take().close());
            Thread.sleep(200);
            long started = System.nanoTime();
            assertThatThrownBy(checks::take).isInstanceOf(SignInBusyException.class)
                    .hasMessage("Lots of people are signing in right now. Please try again in a moment.");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            first.close();
            second.close();
            third.get(5, TimeUnit.SECONDS);
            fourth.get(5, TimeUnit.SECONDS);
        }
        checks.take().close();
    }

    @Test
    void aTurnThatDoesNotComeInTimeIsAskedToTryAgainAndGivesItsPlaceBack() {
        PasswordChecks checks = checks(1, 1, Duration.ofMillis(200));
        PasswordChecks.Turn first = checks.take();
        PasswordChecks.Turn second = checks.take();
        assertThatThrownBy(checks::take).isInstanceOf(SignInBusyException.class);
        assertThatThrownBy(checks::take).isInstanceOf(SignInBusyException.class);   // not "queue full": the place came back
        first.close();
        checks.take().close();
        second.close();
    }

    @Test
    void turnsComeFirstComeFirstServed() throws Exception {
        PasswordChecks checks = checks(1, 20, Duration.ofSeconds(30));
        PasswordChecks.Turn first = checks.take();
        PasswordChecks.Turn second = checks.take();
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> waiting = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                waiting.add(requests.submit(() -> {
                    try (PasswordChecks.Turn turn = checks.take()) {
                        order.add(n);
                    }
                }));
                Thread.sleep(20);   // one after another
            }
            first.close();   // one turn goes round, so the order is the order the turns came in
            for (Future<?> f : waiting) {
                f.get(10, TimeUnit.SECONDS);
            }
        }
        second.close();
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    /** Twelve sign-ins one after another: what each hash saw running beside it, and the order they ran in. */
    private static List<Integer> checkTwelve(PasswordChecks checks, AtomicInteger most) throws Exception {
        AtomicInteger running = new AtomicInteger();
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                answers.add(requests.submit(() -> checks.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    release.await();
                    order.add(n);
                    Thread.sleep(5);
                    running.decrementAndGet();
                    return n;
                })));
                Thread.sleep(20);   // one after another
            }
            release.countDown();
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
        }
        return order;
    }

    @Test
    void noMoreHashesRunAtOnceThanAllowed() throws Exception {
        AtomicInteger most = new AtomicInteger();
        checkTwelve(checks(2, 20, Duration.ofSeconds(30)), most);
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void aPasswordIsNeverCheckedInsideADatabaseTransaction() {
        PasswordChecks checks = checks(1, 4, Duration.ofSeconds(10));
        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThatThrownBy(() -> checks.run(() -> true)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("never checked inside a database transaction");
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
    }

    @Test
    void oneHashThreadPerProcessorUnlessToldOtherwise() {
        assertThat(new PasswordCheckProperties(0, 64, Duration.ofSeconds(10)).threads(2)).isEqualTo(2);
        assertThat(new PasswordCheckProperties(0, 64, Duration.ofSeconds(10)).threads(1)).isEqualTo(1);
        assertThat(new PasswordCheckProperties(0, 64, Duration.ofSeconds(10)).threads(8)).isEqualTo(8);
        assertThat(new PasswordCheckProperties(3, 64, Duration.ofSeconds(10)).threads(8)).isEqualTo(3);
    }
}
