package org.lantern.load;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.surveys.OpenSurvey;
import org.lantern.surveys.SurveyAnswering;
import org.lantern.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load test at a small size, in the test suite: a few simulated staff at once through the real
 * Vaadin protocol, with its own team, programme and accounts. Asserts that every journey completes
 * without an error and that the server really recorded what they did; times are not asserted (the
 * full-size {@link LoadBenchmark} prints them).
 */
@LanternTest
class LoadJourneyTest {

    private static final int USERS = 6;

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;

    @Autowired
    ApplicationContext context;
    @Autowired
    TrainingService training;
    @Autowired
    SurveyAnswering answering;

    @Test
    void simulatedStaffSignInMarkALessonDoneAndSubmitTheSurvey() throws Exception {
        LoadTestSetup.Plan plan = LoadTestSetup.prepare(context, "load.journey.", USERS);

        LoadRun.Result result = LoadRun.run(LoadRun.httpClient(), URI.create("http://localhost:" + port + "/"), plan,
                Duration.ofMillis(500), 0, 7);

        assertThat(result.figures().errorMessages()).isEmpty();
        assertThat(result.completed()).isEqualTo(USERS);
        // per journey: sign-in page and post, home page, init and three navigations, a click, 30+ autosaves, submit
        assertThat(result.figures().requests()).isGreaterThan(USERS * 35L);
        for (String username : plan.usernames()) {
            assertThat(training.progress(account(username), plan.moduleKey()).orElseThrow().isDone(plan.lessonKey()))
                    .as("lesson done for %s", username).isTrue();
            assertThat(answering.openSurveysFor(account(username)))
                    .filteredOn(s -> s.programme().key().equals(LoadTestSetup.PROGRAMME))
                    .extracting(OpenSurvey::status).containsExactly(OpenSurvey.Status.SUBMITTED);
            assertThat(answering.startOrResume(account(username), LoadTestSetup.PROGRAMME, LoadTestSetup.WAVE).answers())
                    .as("answers saved for %s", username).hasSizeGreaterThanOrEqualTo(30);
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
