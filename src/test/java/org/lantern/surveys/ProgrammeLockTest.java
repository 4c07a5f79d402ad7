package org.lantern.surveys;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report release holds the programme's lock: an import waits until the release has committed (real transactions). */
@LanternTest
class ProgrammeLockTest {

    @Autowired
    PeopleService people;

    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    ResponseReleases responseReleases;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anImportWaitsForTheReleaseHoldingTheProgrammeLock() throws Exception {
        LocalDate d = LocalDate.of(2026, 2, 2);
        Programme programme = programmes.createProgramme(account("evaluator"), new NewProgramme("lock-test", "Lock test", "recovery-knowledge",
                List.of("Lock Team"), List.of(new NewProgramme.NewWave("before", d, d.plusDays(5)),
                new NewProgramme.NewWave("after", d.plusDays(60), d.plusDays(65)))));
        CountDownLatch locked = new CountDownLatch(1);
        AtomicLong releaseCommitted = new AtomicLong();
        CompletableFuture<Void> release = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            responseReleases.lockProgramme(programme.id());
            locked.countDown();
            sleep(1500);
            releaseCommitted.set(System.nanoTime());
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        ImportResult imported = responseImport.importCsv(account("evaluator"), "lock-test",
                new StringReader("participant,team,wave,hope-1\nL1,Lock Team,before,3\n"), false, n -> { });
        long importDone = System.nanoTime();
        release.get(30, TimeUnit.SECONDS);

        assertThat(imported.imported()).isEqualTo(1);
        assertThat(importDone).as("the import finished only after the release ended").isGreaterThan(releaseCommitted.get());
        assertThatThrownBy(() -> responseReleases.lockProgramme(programme.id()))
                .as("the lock only means something inside the caller's transaction")
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
