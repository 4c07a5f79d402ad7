package org.lantern.people;

import org.lantern.base.security.Role;

import org.lantern.base.security.Account;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.db.Tables.AUDIT_EVENT;

/**
 * Issue 15, "Single sign-on (OpenID Connect)", against a real OpenID Connect provider: a mock OAuth2
 * server running in the test issues signed ID tokens for two issuers ({@code first}, {@code second}),
 * registered as two providers; each test chooses the subject and claims of the next sign-in. Every
 * sign-in goes through the real redirects over HTTP, like a browser: Lantern's authorization redirect,
 * the provider's answer, Lantern's callback.
 * <p>
 * This is the suite's one extra Spring context: {@link LanternTest}'s settings plus the two client
 * registrations (and a data folder of its own). Every test class of organisation sign-in extends this one,
 * so they all share that context.
 */
@LanternTest
abstract class OrganisationSignInFlowBase {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    private static final String CLIENT_ID = "lantern";
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern META_CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    static {
        PROVIDER.start();
        // not @AfterAll: every test class of organisation sign-in shares this provider, as it shares the context
        Runtime.getRuntime().addShutdownHook(new Thread(PROVIDER::shutdown));
    }

    @DynamicPropertySource
    static void twoProviders(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("lantern-oidc-test");
        registry.add("lantern.data-dir", data::toString);
        for (String id : List.of("first", "second")) {
            String registration = "spring.security.oauth2.client.registration." + id;
            registry.add(registration + ".client-id", () -> CLIENT_ID);
            registry.add(registration + ".client-secret", () -> "not-a-secret");
            registry.add(registration + ".client-name", () -> "The " + id + " provider");
            registry.add(registration + ".scope", () -> "openid,profile,email");
            registry.add("spring.security.oauth2.client.provider." + id + ".issuer-uri", () -> issuer(id));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;
    @Autowired
    IdentityLinks links;
    @Autowired
    DSLContext db;

    static String issuer(String id) {
        return PROVIDER.issuerUrl(id).toString();
    }

    /** The next sign-in at provider {@code id} is this subject, with these claims. */
    static void nextSignIn(String id, String subject, Map<String, Object> claims) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(id, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    Account newAccount(String prefix, Role... roles) {
        String name = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        return people.createAccount(new NewAccount(name, "Person " + name, "a long enough password",
                roles.length == 0 ? EnumSet.of(Role.STAFF) : EnumSet.of(roles[0], roles), Set.of(), Set.of()));
    }

    int organisationSignIns(String username) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.USERNAME.eq(username).and(AUDIT_EVENT.EVENT_TYPE.eq("sign-in"))
                .and(AUDIT_EVENT.DETAIL.contains("OpenID Connect")));
    }

    /** One person's browser: its own cookies, following redirects one at a time. */
    final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        private URI lantern(String path) {
            return URI.create("http://localhost:" + port).resolve(path);
        }

        HttpResponse<String> get(String pathOrUrl) {
            return send(HttpRequest.newBuilder(pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : lantern(pathOrUrl)).GET());
        }

        private HttpResponse<String> post(String path, String form) {
            return send(HttpRequest.newBuilder(lantern(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Follows redirects through the provider and back, and returns where Lantern finally sends the person. */
        String follow(HttpResponse<String> response) {
            HttpResponse<String> current = response;
            for (int hop = 0; hop < 10; hop++) {
                assertThat(current.statusCode()).as("a redirect, not %s", current.body()).isEqualTo(302);
                URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
                boolean atLantern = next.getPort() == port;
                if (atLantern && !next.getPath().startsWith("/login/oauth2/code/")) {
                    return next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
                }
                current = get(next.toString());
            }
            throw new AssertionError("too many redirects");
        }

        String signInWithProvider(String registration) {
            return follow(get("/oauth2/authorization/" + registration));
        }

        void signInWithPassword(String username, String password) {
            String form = "username=" + encode(username) + "&password=" + encode(password) + csrfField("/login");
            HttpResponse<String> posted = post("/login", form);
            assertThat(posted.statusCode()).isEqualTo(302);
            assertThat(posted.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        }

        /** What the account page's "Link your organisation sign-in" form posts. */
        String startLinking(String registration, boolean withCsrfToken) {
            return follow(postLink(registration, withCsrfToken));
        }

        int startLinkingStatus(String registration, boolean withCsrfToken) {
            return postLink(registration, withCsrfToken).statusCode();
        }

        private HttpResponse<String> postLink(String registration, boolean withCsrfToken) {
            return post("/oauth2/authorization/" + registration, "link=account" + (withCsrfToken ? csrfField("/account") : ""));
        }

        /** Starts linking and goes to the provider, but stops before handing its answer back to Lantern. */
        String callbackWithoutFollowing(String registration) {
            HttpResponse<String> toProvider = postLink(registration, true);
            HttpResponse<String> fromProvider = get(toProvider.headers().firstValue("Location").orElseThrow());
            String callback = fromProvider.headers().firstValue("Location").orElseThrow();
            assertThat(callback).contains("/login/oauth2/code/" + registration, "code=", "state=");
            return callback;
        }

        /** The CSRF field a page of this session carries (Vaadin puts the token in the page's meta tags). */
        private String csrfField(String page) {
            String html = get(page).body();
            Matcher token = META_CSRF.matcher(html);
            Matcher parameter = META_CSRF_PARAMETER.matcher(html);
            assertThat(token.find()).as("a CSRF token on %s", page).isTrue();
            return "&" + encode(parameter.find() ? parameter.group(1) : "_csrf") + "=" + encode(token.group(1));
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
