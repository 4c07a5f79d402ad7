package org.lantern.surveys;

import org.lantern.base.security.Account;
import org.jooq.DSLContext;
import org.junit.jupiter.api.RepeatedTest;
import org.lantern.LanternTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Tables.PARTICIPANT;
import static org.lantern.db.Tables.PROGRAMME;
import static org.lantern.db.Tables.RESPONSE;

/** Double clicks and two tabs: real concurrent requests, committed, no test transaction. */
@LanternTest
class ConcurrentSubmitTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    Programmes programmes;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    PeopleService people;
    @Autowired
    DSLContext db;

    @RepeatedTest(3)
    void twoTabsStartingAndSubmittingAtOnceGiveOnePseudonymAndOneSubmission() throws Exception {
        int run = RUN.incrementAndGet();
        String user = "race.tester" + run;
        String key = "race-" + run;
        // a team of its own, so the committed data cannot show up in other tests
        long team = people.createTeam("Race Team " + run, null).id();
        people.createAccount(new NewAccount(user, "Race Tester", "long enough password", EnumSet.of(Role.STAFF), Set.of(team), Set.of()));
        LocalDate today = LocalDate.now();
        programmes.createProgramme(account("evaluator"), new NewProgramme(key, "Race", "recovery-knowledge", List.of("Race Team " + run),
                List.of(new NewProgramme.NewWave("before", today.minusDays(1), today.plusDays(1)),
                        new NewProgramme.NewWave("after", today.plusDays(30), today.plusDays(31)))));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(pool.submit(() -> {
                    go.await();
                    return answering.startOrResume(account(user), key, "before");
                }));
            }
            go.countDown();
            for (Future<?> f : starts) {
                f.get();
            }
            answering.saveAnswer(account(user), key, "before", "hope-1", "4");

            CountDownLatch submitNow = new CountDownLatch(1);
            List<Future<Boolean>> submits = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                submits.add(pool.submit(() -> {
                    submitNow.await();
                    try {
                        answering.submit(account(user), key, "before");
                        return true;
                    } catch (SurveyException e) {
                        assertThat(e.getMessage()).isEqualTo("You have already submitted this survey.");
                        return false;
                    }
                }));
            }
            submitNow.countDown();
            int successes = 0;
            for (Future<Boolean> f : submits) {
                successes += f.get() ? 1 : 0;
            }
            assertThat(successes).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        var condition = PROGRAMME.KEY.eq(key);
        assertThat(db.fetchCount(PARTICIPANT.join(PROGRAMME).on(PROGRAMME.ID.eq(PARTICIPANT.PROGRAMME_ID)), condition)).isEqualTo(1);
        assertThat(db.fetchCount(RESPONSE.join(PARTICIPANT).on(PARTICIPANT.ID.eq(RESPONSE.PARTICIPANT_ID))
                .join(PROGRAMME).on(PROGRAMME.ID.eq(PARTICIPANT.PROGRAMME_ID)), condition.and(RESPONSE.STATUS.eq("submitted")))).isEqualTo(1);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
