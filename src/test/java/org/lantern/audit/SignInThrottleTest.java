package org.lantern.audit;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.people.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** After five failed sign-ins, even the right password is refused for 15 minutes; then it works again. */
@LanternTest
class SignInThrottleTest {

    private static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;
    @Autowired
    AuditService audit;
    @Autowired
    AuditRepository repository;
    @Autowired
    SignInProperties properties;

    private String newStaff(String username) {
        people.createAccount(new NewAccount(username, "Throttle Person", PASSWORD, EnumSet.of(Role.STAFF), Set.of(), Set.of()));
        return username;
    }

    private SignInThrottle throttleAt(Instant now, SignInProperties properties) {
        return new SignInThrottle(repository, properties, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theSixthApiAttemptIsRefusedEvenWithTheRightPasswordUntilTheLockoutEnds() throws Exception {
        String user = newStaff("throttle-api");
        Http http = new Http(port);
        for (int i = 0; i < 5; i++) {
            assertThat(http.api("/api/me", user, "wrong password " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<byte[]> refused = http.api("/api/me", user, PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                .startsWith("{\"error\":\"Too many failed sign-in attempts.").contains("try again in 15 minutes.");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(800L, 900L));
        assertThat(audit.search("admin", new AuditFilter(user, AuditEventType.SIGN_IN_REFUSED, null, null), 0, 10)).hasSize(1);
        assertThat(audit.search("admin", new AuditFilter(user, AuditEventType.SIGN_IN, null, null), 0, 10)).isEmpty();

        // the same failures, seen from later: still refused after 14 minutes, allowed after 16
        Instant now = Instant.now();
        assertThat(throttleAt(now.plus(Duration.ofMinutes(14)), properties).refusedFor(user, null)).isPresent();
        assertThat(throttleAt(now.plus(Duration.ofMinutes(16)), properties).refusedFor(user, null)).isEmpty();
        // and other people are not affected
        assertThat(http.api("/api/me", "staff", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInPageSaysWhySignInIsPaused() throws Exception {
        String user = newStaff("throttle-form");
        Http http = new Http(port);
        for (int i = 0; i < 5; i++) {
            assertThat(http.signIn(user, "wrong password " + i).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> refused = http.signIn(user.toUpperCase(), PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?blocked"));
        assertThat(audit.search("admin", new AuditFilter(user, AuditEventType.SIGN_IN, null, null), 0, 10)).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        String user = "throttle-spread";
        Instant start = Instant.now().minus(Duration.ofMinutes(29));
        for (int i = 0; i < 5; i++) {
            // one failure every 4 minutes: never five within 15 minutes
            repository.insert(start.plus(Duration.ofMinutes(4L * i)), user, AuditEventType.SIGN_IN_FAILED.key(), "test", "192.0.2.1");
        }
        assertThat(throttleAt(Instant.now(), properties).refusedFor(user, null)).isEmpty();
        // four more now: with the one 13 minutes ago, that is five within 15 minutes
        for (int i = 0; i < 4; i++) {
            repository.insert(Instant.now().minusSeconds(5), user, AuditEventType.SIGN_IN_FAILED.key(), "test", "192.0.2.1");
        }
        assertThat(throttleAt(Instant.now(), properties).refusedFor(user, null)).isPresent();
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressOnly() {
        SignInProperties strict = new SignInProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));
        Instant now = Instant.now();
        for (int i = 0; i < 20; i++) {
            repository.insert(now.minusSeconds(60 - i), "throttle-sprayed-" + i, AuditEventType.SIGN_IN_FAILED.key(), "test",
                    "198.51.100.77");
        }
        SignInThrottle throttle = throttleAt(now, strict);
        assertThat(throttle.refusedFor("throttle-fresh-name", "198.51.100.77")).isPresent();
        assertThat(throttle.refusedFor("throttle-fresh-name", "198.51.100.78")).isEmpty();
        assertThat(throttleAt(now.plus(Duration.ofMinutes(16)), strict).refusedFor("throttle-fresh-name", "198.51.100.77")).isEmpty();
    }
}
