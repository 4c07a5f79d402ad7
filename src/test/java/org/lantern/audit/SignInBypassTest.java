package org.lantern.audit;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

/**
 * Issue 15, "Sign-in and throttling": the ways around the sign-in throttle that were found against the
 * running app, each tried again through the real server port. Every request comes from 127.0.0.1 unless
 * it says otherwise; {@code @LanternTest} relaxes only the per-address cap.
 */
@LanternTest
class SignInBypassTest {

    private static final String PASSWORD = "a long enough password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;
    @Autowired
    AuditService audit;

    private String newAccount(String prefix, Role... roles) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        people.createAccount(new NewAccount(username, "Bypass Person", PASSWORD, EnumSet.of(Role.STAFF, roles),
                Set.of(), Set.of()));
        return username;
    }

    private int audited(String username, AuditEventType type) {
        return audit.count(people.findByUsername("admin").orElseThrow(), new AuditFilter(username, type, null, null));
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /**
     * Item 1: the old throttle compared the raw request path with {@code /login}, while Spring Security
     * decodes it, so {@code /%6cogin} signed in without ever being throttled.
     */
    @Test
    void aSignInPostedToAnEncodedSpellingOfTheSignInPathIsThrottled() throws Exception {
        Http http = new Http(port);
        // the encoded spelling really is a way to sign in
        String other = newAccount("bypass-path-ok");
        HttpResponse<String> signedIn = http.signIn("/%6cogin", other, PASSWORD);
        assertThat(location(signedIn)).doesNotContain("/login");
        assertThat(audited(other, AuditEventType.SIGN_IN)).isEqualTo(1);

        String user = newAccount("bypass-path");
        for (int i = 0; i < 5; i++) {
            assertThat(location(http.signIn("/%6cogin", user, "wrong password " + i))).endsWith("/login?error");
        }
        HttpResponse<String> refused = http.signIn("/%6cogin", user, PASSWORD);
        assertThat(location(refused)).contains("/login?blocked");
        assertThat(audited(user, AuditEventType.SIGN_IN)).isZero();
        assertThat(audited(user, AuditEventType.SIGN_IN_REFUSED)).isEqualTo(1);
    }

    /**
     * Item 2: {@code staff} followed by a control character used to sign in as {@code staff} while being
     * counted as another user name. Now it is a failed sign-in, counted for the same user name.
     */
    @Test
    void aControlCharacterInTheUserNameIsAFailedSignInCountedForThatUserName() throws Exception {
        Http http = new Http(port);
        String user = newAccount("bypass-control");
        for (int i = 0; i < 4; i++) {
            assertThat(http.api("/api/me", user, "wrong password " + i).statusCode()).isEqualTo(401);
        }
        // the right password, but with a control character: refused, and the fifth failure for this name
        assertThat(http.api("/api/me", user + "\u0001", PASSWORD).statusCode()).isEqualTo(401);
        assertThat(audited(user, AuditEventType.SIGN_IN_FAILED)).isEqualTo(5);
        assertThat(audited(user, AuditEventType.SIGN_IN)).isZero();
        // so now the name is paused, whichever way it is written
        assertThat(http.api("/api/me", user + "\u200b", PASSWORD).statusCode()).isEqualTo(429);
        assertThat(http.api("/api/me", user, PASSWORD).statusCode()).isEqualTo(429);
        // and on the sign-in page, a format character (zero-width space) does not sign in either
        String other = newAccount("bypass-format");
        assertThat(location(http.signIn(other + "\u200b", PASSWORD))).endsWith("/login?error");
        assertThat(audited(other, AuditEventType.SIGN_IN_FAILED)).isEqualTo(1);
        assertThat(audited(other, AuditEventType.SIGN_IN)).isZero();
    }

    /** Item 2: case and Unicode compatibility variants (NFKC) of a user name are the same user name, for sign-in and throttle. */
    @Test
    void caseAndWidthVariantsOfAUserNameAreOneUserName() throws Exception {
        Http http = new Http(port);
        String user = newAccount("bypass-nfkc");
        // full-width letters, digits and dash: NFKC turns them into ASCII
        assertThat(http.api("/api/me", fullWidth(user.toUpperCase()), PASSWORD).statusCode()).isEqualTo(200);
        List<String> variants = List.of(user.toUpperCase(), fullWidth(user), " " + user + " ",
                fullWidth(user.toUpperCase()), user.substring(0, 1).toUpperCase() + user.substring(1));
        for (String variant : variants) {
            assertThat(http.api("/api/me", variant, "wrong password").statusCode()).as(variant).isEqualTo(401);
        }
        assertThat(http.api("/api/me", user, PASSWORD).statusCode()).isEqualTo(429);
    }

    /**
     * Item 3: checking and recording a failure were not atomic, so of 24 wrong passwords sent at once
     * about 20 were checked. Now at most the 5 allowed attempts reach the password check.
     */
    @Test
    void aParallelBurstOfWrongPasswordsGetsNoMorePasswordChecksThanAllowed() throws Exception {
        String user = newAccount("bypass-burst");
        int burst = 30;
        Http http = new Http(port);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(burst)) {
            for (int i = 0; i < burst; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.api("/api/me", user, "wrong password " + n).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(5);
        }
        // every password check that failed is in the audit trail; the rest were refused before the check
        assertThat(audited(user, AuditEventType.SIGN_IN_FAILED)).isBetween(1, 5);
        assertThat(audited(user, AuditEventType.SIGN_IN_FAILED) + audited(user, AuditEventType.SIGN_IN_REFUSED))
                .isEqualTo(burst);
    }

    /**
     * Item 5: failing five times for someone else's user name used to lock that account for everyone,
     * administrators included. Now an outsider at other addresses slows only themselves: the
     * administrator still signs in from their own address, and from an address never used before.
     */
    @Test
    void anOutsiderAtOtherAddressesCannotLockOutAnAdministrator() throws Exception {
        String admin = newAccount("bypass-admin", Role.ADMIN);
        for (int address = 2; address <= 4; address++) {
            Http outsider = new Http(port, InetAddress.getByName("127.0.0." + address));
            for (int i = 0; i < 5; i++) {
                assertThat(outsider.api("/api/me", admin, "a guess " + i).statusCode()).isEqualTo(401);
            }
            // the outsider is paused, even with the right password
            assertThat(outsider.api("/api/me", admin, PASSWORD).statusCode()).isEqualTo(429);
            assertThat(location(outsider.signIn(admin, PASSWORD))).contains("/login?blocked");
        }
        assertThat(new Http(port).api("/api/me", admin, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(location(new Http(port).signIn(admin, PASSWORD))).doesNotContain("/login");
        Http elsewhere = new Http(port, InetAddress.getByName("127.0.0.9"));
        assertThat(elsewhere.api("/api/me", admin, PASSWORD).statusCode()).isEqualTo(200);
    }

    /** Item 1: HTTP Basic on the metrics endpoint is a password channel too, throttled like the others. */
    @Test
    void theMetricsEndpointIsThrottledLikeEveryOtherWayToSignIn() throws Exception {
        String user = newAccount("bypass-metrics");
        Http http = new Http(port);
        for (int i = 0; i < 5; i++) {
            assertThat(http.api("/actuator/prometheus", user, "wrong password " + i).statusCode()).isEqualTo(401);
        }
        assertThat(http.api("/actuator/prometheus", user, PASSWORD).statusCode()).isEqualTo(429);
        // and the same count holds on the API and the sign-in page
        assertThat(http.api("/api/me", user, PASSWORD).statusCode()).isEqualTo(429);
        assertThat(location(http.signIn(user, PASSWORD))).contains("/login?blocked");
    }

    /** The sign-in page stays Lantern's own (Vaadin's), with the refusals answered by Lantern's handler. */
    @Test
    void theSignInPageIsLanternsOwn() throws Exception {
        HttpResponse<byte[]> page = new Http(port).api("/login", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("VAADIN/").doesNotContain("Please sign in");
    }

    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c > ' ' && c <= '~' ? (char) (c + 0xFEE0) : (char) c));
        return new String(wide.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
