package org.lantern.audit;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sign-in throttle's policy (README "Sign-in, throttling and lockout"): progressive delays per user
 * name and address, a per-address cap, a gentler per-user-name slow-down, and addresses a person has
 * signed in from kept out of the last two. The first two tests go through the real server; the others
 * play attempts at chosen times against the real database (from now on, so that the hourly clean-up
 * never takes their counters away mid-test).
 */
@LanternTest
class SignInThrottleTest {

    private static final String PASSWORD = "a long enough password";
    /** The defaults, but with the per-address cap that {@code @LanternTest} relaxes. */
    private static final SignInProperties DEFAULTS = new SignInProperties(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(24), 20, 20, Duration.ofMinutes(15), Duration.ofDays(60));

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;
    @Autowired
    AuditService audit;
    @Autowired
    SignInAttemptRepository repository;
    @Autowired
    org.jooq.DSLContext db;

    private String newStaff(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        people.createAccount(new NewAccount(username, "Throttle Person", PASSWORD, EnumSet.of(Role.STAFF), Set.of(), Set.of()));
        return username;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static String address() {
        return "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private SignInThrottle at(Instant now) {
        return at(now, DEFAULTS);
    }

    private SignInThrottle at(Instant now, SignInProperties properties) {
        return new SignInThrottle(repository, properties, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Attempts that go ahead and fail (the password was wrong): the reservation stays counted. */
    private void fail(Instant now, String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            at(now).reserve(user, address);
        }
    }

    private static Duration refusedFor(SignInThrottle throttle, String user, String address) {
        try {
            throttle.succeeded(throttle.reserve(user, address));
            return Duration.ZERO;
        } catch (SignInPausedException paused) {
            return paused.remaining();
        }
    }

    @Test
    void afterFiveFailuresTheApiAnswers429WithRetryAfterEvenForTheRightPassword() throws Exception {
        String user = newStaff("throttle-api");
        Http http = new Http(port);
        for (int i = 0; i < 5; i++) {
            assertThat(http.api("/api/me", user, "wrong password " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<byte[]> refused = http.api("/api/me", user, PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                .startsWith("{\"error\":\"Too many failed sign-in attempts.").containsPattern("try again in [0-9]+ seconds\\.");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 30L));
        assertThat(audit.search(people.findByUsername("admin").orElseThrow(), new AuditFilter(user, AuditEventType.SIGN_IN_REFUSED, null, null), 0, 10)).hasSize(1);
        assertThat(audit.search(people.findByUsername("admin").orElseThrow(), new AuditFilter(user, AuditEventType.SIGN_IN, null, null), 0, 10)).isEmpty();
        // other people are not affected
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
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?blocked=1"));
        assertThat(audit.search(people.findByUsername("admin").orElseThrow(), new AuditFilter(user, AuditEventType.SIGN_IN, null, null), 0, 10)).isEmpty();
    }

    /** Item 5: 5 free failures, then 30 s, 1 min, 2, 4, 8 minutes, then never more than 15 minutes. */
    @Test
    void eachFailureBeyondTheFifthDoublesTheWaitUpToFifteenMinutes() {
        String user = unique("throttle-ladder");
        String address = address();
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        fail(t, user, address, 5);
        assertThat(refusedFor(at(t.plusSeconds(29)), user, address)).isEqualTo(Duration.ofSeconds(1));
        Duration[] waits = {Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15)};
        for (Duration wait : waits) {
            t = t.plus(wait);
            fail(t, user, address, 1);
            Duration next = wait.multipliedBy(2).compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : wait.multipliedBy(2);
            assertThat(refusedFor(at(t), user, address)).as("after waiting %s", wait).isEqualTo(next);
        }
        // a day without failures and the pair starts afresh
        assertThat(refusedFor(at(t.plus(Duration.ofHours(24))), user, address)).isZero();
    }

    /** Item 5: the right password clears the pair's failures; the address it came from is then trusted. */
    @Test
    void aSuccessfulSignInClearsThePairsFailures() {
        String user = unique("throttle-success");
        String address = address();
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        fail(t, user, address, 4);
        at(t).succeeded(at(t).reserve(user, address));
        fail(t, user, address, 4);
        assertThat(refusedFor(at(t), user, address)).isZero();
    }

    /** Item 5: many failures from one address, for any user names, pause that address only, for the window. */
    @Test
    void manyFailuresFromOneAddressPauseThatAddressButNotItsTrustedSignIns() {
        String address = address();
        String regular = unique("throttle-regular");
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        at(t).succeeded(at(t).reserve(regular, address));   // someone who signs in from here
        for (int i = 0; i < 20; i++) {
            fail(t.plusSeconds(i), unique("throttle-sprayed"), address, 1);
        }
        Instant now = t.plusSeconds(60);
        assertThat(refusedFor(at(now), unique("throttle-fresh"), address)).isEqualTo(Duration.ofMinutes(14));
        assertThat(refusedFor(at(now), unique("throttle-fresh"), address())).isZero();
        assertThat(refusedFor(at(now), regular, address)).as("trusted: signed in from here before").isZero();
        assertThat(refusedFor(at(t.plus(Duration.ofMinutes(16))), unique("throttle-fresh"), address)).isZero();
    }

    /**
     * Item 5: an outsider failing for one user name from many addresses slows that name down gently (each
     * new address gets one free try instead of five), but the person signs in from their usual address
     * as before, and from a new address at the first try.
     */
    @Test
    void aUserNameUnderAttackFromManyAddressesIsSlowedButItsOwnerIsNot() {
        String user = unique("throttle-sprayed-name");
        String home = address();
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        at(t).succeeded(at(t).reserve(user, home));
        for (int i = 0; i < 10; i++) {
            fail(t.plusSeconds(i), user, address(), 2);
        }
        Instant now = t.plusSeconds(60);
        String attacker = address();
        fail(now, user, attacker, 1);
        assertThat(refusedFor(at(now), user, attacker)).isEqualTo(Duration.ofSeconds(30));
        // the person: a typo and the right password at home, and the right password at once from elsewhere
        fail(now, user, home, 1);
        assertThat(refusedFor(at(now), user, home)).isZero();
        assertThat(refusedFor(at(now), user, address())).isZero();
    }

    /** Item 4: an IPv6 client is counted by its /64, so it cannot get five fresh tries from each address it picks. */
    @Test
    void ipv6AddressesInOneSlash64CountTogether() {
        String user = unique("throttle-ipv6");
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (int i = 1; i <= 5; i++) {
            fail(t, user, "2001:db8:15:64::" + Integer.toHexString(i * 4099), 1);
        }
        assertThat(refusedFor(at(t), user, "2001:db8:15:64:ffff:1:2:3")).isEqualTo(Duration.ofSeconds(30));
        assertThat(refusedFor(at(t), user, "2001:db8:15:65::1")).isZero();
    }

    /** Item 3: nothing is counted for an attempt that is refused, so waiting is never made longer by asking. */
    @Test
    void refusedAttemptsAreNotCounted() {
        String user = unique("throttle-refused");
        String address = address();
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        fail(t, user, address, 5);
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> at(t.plusSeconds(10)).reserve(user, address)).isInstanceOf(SignInPausedException.class);
        }
        assertThat(refusedFor(at(t.plusSeconds(30)), user, address)).isZero();
    }

    /** Counters are kept only while they count: failures for a day, a trusted address for 60 days. */
    @Test
    void countersAreForgottenOnceTheyNoLongerCount() {
        String address = address();
        String regular = unique("throttle-kept");
        String guessed = unique("throttle-forgotten");
        Instant t = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        at(t).succeeded(at(t).reserve(regular, address));
        fail(t, guessed, address, 3);
        at(t.plus(Duration.ofDays(2))).forgetIdle();
        var attempts = org.lantern.db.Tables.SIGN_IN_ATTEMPT;
        assertThat(db.fetchCount(attempts, attempts.NAME_KEY.eq(SignInThrottle.nameKey(guessed)))).isZero();
        assertThat(db.fetchCount(attempts, attempts.NAME_KEY.eq(SignInThrottle.nameKey(regular))
                .and(attempts.SCOPE.eq("pair")))).isEqualTo(1);
        at(t.plus(Duration.ofDays(61))).forgetIdle();
        assertThat(db.fetchCount(attempts, attempts.NAME_KEY.eq(SignInThrottle.nameKey(regular)))).isZero();
    }
}
