package org.lantern.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.LanternInstance;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.surveys.SurveyAnswering;
import org.lantern.TestPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Lantern instances on one PostgreSQL behind HAProxy ({@link LoadBalancer}, as the launch-morning
 * benchmark runs them): simulated staff are spread over both, each stays on the instance that holds
 * its Vaadin session (the sticky cookie), and what they answered on one is there on the other.
 */
class TwoInstancesBehindBalancerTest {

    private static final int USERS = 6;

    @TempDir
    Path folder;

    @Test
    void staffAreSpreadOverBothInstancesAndEachJourneyStaysOnItsOwn() throws Exception {
        String message = "The two-instance test needs HAProxy at " + LoadBalancer.HAPROXY + " (Debian: apt-get install haproxy).";
        if (!Files.isExecutable(LoadBalancer.HAPROXY) && "true".equals(System.getenv("LANTERN_CI"))) {
            fail(message + " CI must have it: .ci/run installs it.");
        }
        assumeTrue(Files.isExecutable(LoadBalancer.HAPROXY), message + " Skipped on this machine.");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try (EmbeddedPostgres postgres = TestPostgres.builder().start()) {
            String[] shared = {"spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres", "lantern.demo=false",
                    "lantern.pseudonym-key=" + Base64.getEncoder().encodeToString(key)};
            try (LanternInstance one = LanternInstance.start(folder.resolve("one"), shared);
                 LanternInstance two = LanternInstance.start(folder.resolve("two"), shared)) {
                LoadTestSetup.Plan plan = LoadTestSetup.prepare(one.context(), "balanced.", USERS);
                Map<String, Integer> instances = new LinkedHashMap<>();
                instances.put("one", one.port());
                instances.put("two", two.port());
                LoadRun.Result result;
                try (LoadBalancer balancer = LoadBalancer.start(folder, instances)) {
                    result = LoadRun.run(LoadRun.httpClient(), balancer.base(), plan, Duration.ZERO,
                            new StaffJourney.Pace(0, 0), 7, LoadBalancer.COOKIE);
                }
                assertThat(result.figures().errorMessages()).isEmpty();
                assertThat(result.completed()).isEqualTo(USERS);
                // round robin for new visitors: both served whole journeys, none without the instance cookie
                assertThat(result.byInstance().keySet()).containsExactly("one", "two");
                assertThat(result.byInstance().values()).allSatisfy(f -> assertThat(f.requests()).isPositive());
                // one database: each submitted survey, wherever it was answered, reads the same on the other instance
                for (String username : plan.usernames()) {
                    Account onTwo = two.bean(PeopleService.class).findByUsername(username).orElseThrow();
                    assertThat(two.bean(SurveyAnswering.class).startOrResume(onTwo, LoadTestSetup.PROGRAMME, LoadTestSetup.WAVE)
                            .submitted()).as(username).isTrue();
                }
            }
        }
    }
}
