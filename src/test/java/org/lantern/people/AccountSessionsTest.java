package org.lantern.people;

import org.lantern.base.security.Role;

import org.lantern.base.security.Account;

import jakarta.servlet.http.HttpServletResponse;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.audit.DataRightsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Tables.ACCOUNT;

/**
 * Issue 15, "Sessions": a signed-in session ends at once when its account is disabled, erased, loses a
 * role, changes teams or has its password reset, also when another instance on the same PostgreSQL made
 * the change; and it ends 12 hours after sign-in however active. Real HTTP sessions: each person signs
 * in through the real sign-in form (with the CSRF token of the page) and keeps their cookie.
 */
@LanternTest
class AccountSessionsTest {

    private static final String PASSWORD = "a long enough password";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;
    @Autowired
    DataRightsService dataRights;
    @Autowired
    DSLContext db;
    @Autowired
    AccountSessionRepository repository;

    @AfterEach
    void forgetTestSignIns() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        Account account = account("renew", EnumSet.of(Role.STAFF), Set.of(), Set.of());
        Browser browser = new Browser();
        browser.page("/login");
        String before = browser.sessionId();
        assertThat(before).as("the sign-in page starts a session").isNotNull();
        browser.signIn(account.username(), PASSWORD);
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.page("/account").statusCode()).isEqualTo(200);
    }

    /** Issue 15: disabling an account ends its open sessions at once. */
    @Test
    void disablingAnAccountEndsItsOpenSessionsAtOnce() throws Exception {
        Account account = account("disable", EnumSet.of(Role.STAFF), Set.of(), Set.of());
        Browser first = signedIn(account);
        Browser second = signedIn(account);

        people.updateAccount(account.id(), account.displayName(), false, account.roles(), Set.of(), Set.of());

        assertSentToSignIn(first, "/account");
        assertSentToSignIn(second, "/");
        assertThat(location(first.page("/account"))).as("the old session is gone for good").endsWith("/login");
    }

    /** Issue 15: a disabled manager no longer sees their team's pages; removing a role ends the session too. */
    @Test
    void removingARoleEndsTheSession() throws Exception {
        long team = people.createTeam("Sessions team " + suffix(), null).id();
        Account account = account("demote", EnumSet.of(Role.MANAGER, Role.STAFF), Set.of(), Set.of(team));
        Browser manager = signedIn(account);
        assertThat(manager.page("/reports/training").statusCode()).isEqualTo(200);

        people.updateAccount(account.id(), account.displayName(), true, EnumSet.of(Role.STAFF), Set.of(team), Set.of());

        assertSentToSignIn(manager, "/reports/training");
    }

    /** Issue 15: changing a person's teams or managed teams ends their session. */
    @Test
    void changingTeamsEndsTheSession() throws Exception {
        long team = people.createTeam("Sessions team " + suffix(), null).id();
        Account account = account("teams", EnumSet.of(Role.MANAGER, Role.STAFF), Set.of(team), Set.of());
        Browser browser = signedIn(account);

        people.updateAccount(account.id(), account.displayName(), true, account.roles(), Set.of(), Set.of(team));

        assertSentToSignIn(browser, "/account");
    }

    /** Issue 15: a password reset by an administrator ends the person's sessions. */
    @Test
    void aPasswordResetByAnAdministratorEndsTheSession() throws Exception {
        Account account = account("reset", EnumSet.of(Role.STAFF), Set.of(), Set.of());
        Browser browser = signedIn(account);

        people.resetPassword(account.id(), "another long password");

        assertSentToSignIn(browser, "/account");
    }

    /** Issue 15: erasing an account ends its sessions. */
    @Test
    void erasingAnAccountEndsItsSession() throws Exception {
        Account account = account("erase", EnumSet.of(Role.STAFF), Set.of(), Set.of());
        Browser browser = signedIn(account);

        dataRights.erase(people.findByUsername("admin").orElseThrow(), account.id(), account.username());

        assertSentToSignIn(browser, "/account");
    }

    /**
     * Issue 15, Vaadin's requests: a UIDL request (a click in an open page) of an ended session gets the
     * answer that sends Flow's client to the sign-in page; a heartbeat gets 410 Gone (the client then
     * reloads), and the reload is sent to the sign-in page with the reason.
     */
    @Test
    void vaadinRequestsOfAnEndedSessionLeadToTheSignInPage() throws Exception {
        Account account = account("vaadin", EnumSet.of(Role.STAFF), Set.of(), Set.of());
        Browser clicking = signedIn(account);
        Browser idle = signedIn(account);

        people.updateAccount(account.id(), account.displayName(), false, account.roles(), Set.of(), Set.of());

        HttpResponse<String> click = clicking.post("/?v-r=uidl&v-uiId=0", "application/json",
                "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":1,\"clientId\":1}");
        assertThat(click.statusCode()).isEqualTo(200);
        assertThat(click.body()).startsWith("for(;;);[").contains("\"appError\"")
                .contains("\"url\":\"/login?signed-out=changed\"").doesNotContain("\"caption\":\"");

        HttpResponse<String> heartbeat = idle.post("/?v-r=heartbeat&v-uiId=0", "text/plain", "");
        assertThat(heartbeat.statusCode()).isEqualTo(410);
        HttpResponse<String> reload = idle.page("/");
        assertThat(location(reload)).endsWith("/login?signed-out=changed");
        assertThat(idle.page("/login?signed-out=changed").statusCode()).isEqualTo(200);
        assertThat(location(idle.page("/"))).as("the reason is told once").endsWith("/login");
    }

    /** Saving an account form with only the name changed (roles and teams rewritten as they were) keeps the session. */
    @Test
    void changingOnlyTheDisplayNameKeepsTheSession() throws Exception {
        long team = people.createTeam("Sessions team " + suffix(), null).id();
        Account account = account("rename", EnumSet.of(Role.MANAGER, Role.STAFF), Set.of(), Set.of(team));
        Browser browser = signedIn(account);

        people.updateAccount(account.id(), "Renamed " + account.displayName(), true, account.roles(), Set.of(), Set.of(team));

        assertThat(browser.page("/account").statusCode()).isEqualTo(200);
    }

    /**
     * Issue 15, several instances on one PostgreSQL: another instance's change reaches this one through
     * the database alone. Simulated by bumping the version directly, as that instance's trigger would.
     */
    @Test
    void aChangeMadeByAnotherInstanceEndsTheSession() throws Exception {
        Account account = account("instance", EnumSet.of(Role.STAFF), Set.of(), Set.of());
        Browser browser = signedIn(account);

        db.update(ACCOUNT).set(ACCOUNT.SESSION_VERSION, ACCOUNT.SESSION_VERSION.plus(1))
                .where(ACCOUNT.ID.eq(account.id())).execute();

        assertSentToSignIn(browser, "/account");
    }

    /** The API keeps no session: a disabled account's HTTP Basic credentials are refused on the next call. */
    @Test
    void aDisabledAccountsBasicCredentialsAreRefused() throws Exception {
        Account account = account("basic", EnumSet.of(Role.STAFF), Set.of(), Set.of());
        Browser client = new Browser();
        assertThat(client.api("/api/me", account.username()).statusCode()).isEqualTo(200);

        people.updateAccount(account.id(), account.displayName(), false, account.roles(), Set.of(), Set.of());

        assertThat(client.api("/api/me", account.username()).statusCode()).isEqualTo(401);
    }

    /**
     * Issue 15, absolute lifetime: a session ends 12 hours after its sign-in, however active. The real
     * filter and database on a clock the test sets.
     */
    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActive() throws Exception {
        Account account = account("lifetime", EnumSet.of(Role.STAFF), Set.of(), Set.of());
        Instant signIn = Instant.parse("2026-12-07T08:00:00Z");
        MockHttpSession session = new MockHttpSession();

        MockHttpServletResponse signedIn = request(at(signIn), session, account.username());
        assertThat(session.getAttribute(AccountSessions.STAMP)).as("stamped at sign-in").isNotNull();
        assertThat(signedIn.getRedirectedUrl()).isNull();

        SecurityContextHolder.clearContext();
        MockHttpServletResponse lateButInTime = request(at(signIn.plus(Duration.ofHours(12)).minusSeconds(60)), session, null);
        assertThat(lateButInTime.getStatus()).isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();

        MockHttpServletResponse tooLate = request(at(signIn.plus(Duration.ofHours(12))), session, null);
        assertThat(tooLate.getRedirectedUrl()).isEqualTo("/login?signed-out=expired");
        assertThat(session.isInvalid()).isTrue();
    }

    /**
     * Issue 16, the waits after signing in: the public files a page loads (Vaadin's scripts, styles,
     * images) are served without reading the account, while a download of an ended session
     * ({@code /VAADIN/dynamic/}) and the page itself are still refused.
     */
    @Test
    void publicFilesSkipTheAccountCheckButDownloadsAndPagesDoNot() throws Exception {
        Account account = account("files", EnumSet.of(Role.STAFF), Set.of(), Set.of());
        Instant signIn = Instant.parse("2026-12-07T08:00:00Z");
        MockHttpSession session = new MockHttpSession();
        request(at(signIn), session, account.username());
        SecurityContextHolder.clearContext();
        AccountSessions expired = at(signIn.plus(Duration.ofHours(13)));

        for (String file : List.of("/VAADIN/build/indexhtml-BNp73Egs.js", "/VAADIN/static/push/vaadinPush-min.js",
                "/lumo/lumo.css", "/styles/lantern.css", "/images/lantern.svg", "/favicon.ico")) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", file);
            request.setSession(session);
            MockHttpServletResponse response = new MockHttpServletResponse();
            boolean[] served = {false};
            expired.filter().doFilter(request, response, (req, res) -> served[0] = true);
            assertThat(served[0]).as("%s is served", file).isTrue();
            assertThat(session.isInvalid()).as("%s leaves the session alone", file).isFalse();
        }

        MockHttpServletRequest download = new MockHttpServletRequest("GET", "/VAADIN/dynamic/resource/0/abc/report.pdf");
        download.setSession(session);
        boolean[] served = {false};
        expired.filter().doFilter(download, new MockHttpServletResponse(), (req, res) -> served[0] = true);
        assertThat(served[0]).as("a download of an ended session").isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    /** A sign-in that raced with a role change (roles granted differ from the account's now) is not kept. */
    @Test
    void aSignInOverTakenByARoleChangeIsNotKept() throws Exception {
        Account account = account("race", EnumSet.of(Role.STAFF), Set.of(), Set.of());
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = page(session);
        new AccountSessions(repository, new AccountSessionProperties(Duration.ofHours(12)), Clock.systemUTC()).filter()
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(account.username(), null,
                                List.of(new SimpleGrantedAuthority(Role.STAFF.authority()), new SimpleGrantedAuthority(Role.ADMIN.authority())))));
        assertThat(session.isInvalid()).isTrue();
    }

    // --- helpers --------------------------------------------------------------------------------

    private Account account(String prefix, Set<Role> roles, Set<Long> teams, Set<Long> managed) {
        String username = "sess-" + prefix + "-" + suffix();
        return people.createAccount(new NewAccount(username, "Session " + prefix, PASSWORD, roles, teams, managed));
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
    }

    private Browser signedIn(Account account) throws Exception {
        Browser browser = new Browser();
        browser.signIn(account.username(), PASSWORD);
        assertThat(browser.page("/account").statusCode()).as("signed in as %s", account.username()).isEqualTo(200);
        return browser;
    }

    private static void assertSentToSignIn(Browser browser, String path) throws Exception {
        HttpResponse<String> response = browser.page(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login?signed-out=changed");
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private AccountSessions at(Instant now) {
        return new AccountSessions(repository, new AccountSessionProperties(Duration.ofHours(12)),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** One page request through the filter; unless {@code signingIn} is null, the request signs that account in. */
    private static MockHttpServletResponse request(AccountSessions sessions, MockHttpSession session, String signingIn) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        sessions.filter().doFilter(page(session), response, (req, res) -> {
            if (signingIn != null) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        signingIn, null, List.of(new SimpleGrantedAuthority(Role.STAFF.authority()))));
            }
            ((HttpServletResponse) res).setStatus(200);
        });
        return response;
    }

    private static MockHttpServletRequest page(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
        request.addHeader("Accept", "text/html");
        request.setSession(session);
        return request;
    }

    /** A browser as far as sessions go: keeps its cookies, follows no redirects, asks for pages as HTML. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> page(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the sign-in form of the sign-in page, with its CSRF token, as the page's form does. */
        void signIn(String username, String password) throws Exception {
            String form = page("/login").body();
            StringBuilder body = new StringBuilder("username=" + encode(username) + "&password=" + encode(password));
            Matcher token = CSRF.matcher(form);
            if (token.find()) {
                Matcher parameter = CSRF_PARAMETER.matcher(form);
                body.append('&').append(encode(parameter.find() ? parameter.group(1) : "_csrf")).append('=').append(encode(token.group(1)));
            }
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(302);
            assertThat(location(posted)).doesNotContain("error");
        }

        HttpResponse<String> post(String path, String contentType, String body) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> api(String path, String username) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
