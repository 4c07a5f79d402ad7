package org.lantern.security;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lantern.KaribuTest;
import org.lantern.base.ui.NotAllowedView;
import org.lantern.base.ui.NotFoundView;
import org.lantern.journal.JournalService;
import org.lantern.people.PeopleService;
import org.lantern.people.ui.LoginView;
import org.lantern.reflection.Sessions;
import org.lantern.selfreview.SelfReviewService;
import org.lantern.stories.StoryLibrary;
import org.lantern.stories.StoryModeration;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.lantern.training.tools.ToolService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.security.AuthorizationMatrixTest.Who.ADMIN;
import static org.lantern.security.AuthorizationMatrixTest.Who.ANONYMOUS;
import static org.lantern.security.AuthorizationMatrixTest.Who.EDITOR;
import static org.lantern.security.AuthorizationMatrixTest.Who.EVALUATOR;
import static org.lantern.security.AuthorizationMatrixTest.Who.MANAGER;
import static org.lantern.security.AuthorizationMatrixTest.Who.OTHER_MANAGER;
import static org.lantern.security.AuthorizationMatrixTest.Who.STAFF;

/**
 * Who may open every page and call every endpoint. The tables below say what each kind of account
 * should get; the test finds every Vaadin route, every {@code /api} handler and every exposed
 * actuator endpoint at runtime and checks each against the tables as each account:
 * pages through Vaadin's own navigation access control (browserless), endpoints over real HTTP
 * with HTTP Basic. A route or endpoint with no row fails the test; a row whose route does not
 * exist (yet) is only reported, so rows for work in progress can be added early.
 * <p>
 * To add a page: add a {@code route(...)} row naming its address template exactly as
 * {@code @Route} declares it, an example address and who sees it. To add an endpoint: add an
 * {@code api(...)} row with its method and pattern exactly as the controller maps it.
 */
class AuthorizationMatrixTest extends KaribuTest {

    /** The accounts checked: the demo accounts, plus a manager of another team. */
    enum Who {
        ANONYMOUS(null), STAFF("staff"), MANAGER("manager"), OTHER_MANAGER("ward.manager"),
        EVALUATOR("evaluator"), EDITOR("editor"), ADMIN("admin");

        final String username;

        Who(String username) {
            this.username = username;
        }

        static Set<Who> signedIn() {
            return EnumSet.complementOf(EnumSet.of(ANONYMOUS));
        }
    }

    /** What opening a page gives. */
    enum Outcome {
        /** the page itself */
        SHOWN,
        /** the page, saying this item is not available to this person */
        REFUSED_IN_PAGE,
        /** the sign-in page */
        SIGN_IN,
        /** "This page is not available to you" */
        NOT_ALLOWED,
        /** "Page not found": the item exists but is not this person's to see */
        NOT_FOUND
    }

    /** What calling an endpoint gives. */
    enum Answer {
        /** the status the row expects for someone allowed (200, or 400 for deliberately invalid input) */
        ALLOWED,
        /** 401 */
        UNAUTHENTICATED,
        /** 403 */
        FORBIDDEN,
        /** 403 or 404: a data-scoped refusal */
        HIDDEN,
        /** 404: not exposed at all */
        NOT_EXPOSED,
        /** either allowed or refused: the rule depends on where the call comes from (e.g. loopback only) */
        EITHER
    }

    /** Real values from the demo data, for addresses with parameters. */
    record Demo(String module, String lesson, String tool, long savedToolOfStaff, String story, long storyToModerate,
                String programme, String openWave, long northSession, long northReview, long journalEntryOfStaff) {
    }

    record PageCheck(String path, Map<Who, Outcome> expected) {
    }

    record PageRule(String template, Function<Demo, String> path, Map<Who, Outcome> expected, String note) {
    }

    record ApiRule(String method, String pattern, Function<Demo, String> path, String contentType, String body,
                   int allowedStatus, Map<Who, Answer> expected, Map<Who, String> answerContains, String note) {
        String key() {
            return method + " " + pattern;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The expected rules. "staffRoles" = everyone with the staff role: staff, both managers, editor.
    // ---------------------------------------------------------------------------------------------

    private static final Set<Who> EVERYONE_SIGNED_IN = Who.signedIn();
    private static final Set<Who> STAFF_ROLE = EnumSet.of(STAFF, MANAGER, OTHER_MANAGER, EDITOR);
    private static final Set<Who> LEARNERS = EnumSet.of(STAFF, MANAGER, OTHER_MANAGER, EDITOR);
    private static final Set<Who> MANAGERS = EnumSet.of(MANAGER, OTHER_MANAGER);
    private static final Set<Who> EVALUATION = EnumSet.of(EVALUATOR, ADMIN);

    static final List<PageRule> PAGES = List.of(
            page("", d -> "", EVERYONE_SIGNED_IN),
            page("login", d -> "login", Set.of()).withAll(Outcome.SIGN_IN).note("the sign-in page itself, open to all"),
            // set-up is only for a fresh install; afterwards it sends everyone to the sign-in page
            page("setup", d -> "setup", Set.of()).withAll(Outcome.SIGN_IN).note("forwards to sign-in once an administrator exists"),
            page("account", d -> "account", EVERYONE_SIGNED_IN),
            page("learn", d -> "learn", LEARNERS),
            page("learn/:module", d -> "learn/" + d.module(), LEARNERS),
            page("learn/:module/lesson/:lesson", d -> "learn/" + d.module() + "/lesson/" + d.lesson(), LEARNERS),
            page("learn/:module/check", d -> "learn/" + d.module() + "/check", LEARNERS),
            page("reports/training", d -> "reports/training", MANAGERS),
            page("learn/required", d -> "learn/required", EnumSet.of(MANAGER, OTHER_MANAGER, ADMIN))
                    .note("managers assign to the teams they manage; administrators to any team or role"),
            page("reports/required-learning", d -> "reports/required-learning", EnumSet.of(MANAGER, OTHER_MANAGER, ADMIN))
                    .note("managers see the teams they manage; administrators every team"),
            page("journal", d -> "journal", EVERYONE_SIGNED_IN),
            page("journal/cpd", d -> "journal/cpd", EVERYONE_SIGNED_IN).note("each person's own record only"),
            page("journal/reflective-account/:id([0-9]{1,18})", d -> "journal/reflective-account/" + d.journalEntryOfStaff(),
                    EnumSet.of(STAFF)).withSignedInOthers(Outcome.NOT_FOUND).note("made from the person's own journal entry"),
            page("tools", d -> "tools", EVERYONE_SIGNED_IN),
            page("tools/:tool([a-z0-9-]+)/:id?([0-9]{1,18})", d -> "tools/" + d.tool(), EVERYONE_SIGNED_IN),
            page("tools/:tool([a-z0-9-]+)/:id?([0-9]{1,18})", d -> "tools/risk-decision/" + d.savedToolOfStaff(), EnumSet.of(STAFF))
                    .withSignedInOthers(Outcome.NOT_FOUND).note("a saved copy is private to its owner"),
            page("stories", d -> "stories", EVERYONE_SIGNED_IN),
            page("stories/:slug", d -> "stories/" + d.story(), EVERYONE_SIGNED_IN),
            page("stories/write/:id?", d -> "stories/write", STAFF_ROLE),
            page("stories/write/:id?", d -> "stories/write/" + d.storyToModerate(), Set.of())
                    .withAll(STAFF_ROLE, Outcome.NOT_FOUND).note("another person's story in review"),
            page("stories/mine", d -> "stories/mine", STAFF_ROLE),
            page("moderation", d -> "moderation", EnumSet.of(EDITOR)),
            page("moderation/:id", d -> "moderation/" + d.storyToModerate(), EnumSet.of(EDITOR)),
            page("surveys", d -> "surveys", STAFF_ROLE),
            page("surveys/:programme/:wave", d -> "surveys/" + d.programme() + "/" + d.openWave(), EnumSet.of(STAFF, MANAGER))
                    .withAll(EnumSet.of(OTHER_MANAGER, EDITOR), Outcome.REFUSED_IN_PAGE)
                    .note("staff role, and only people in the programme's teams (Community Team North)"),
            page("programmes", d -> "programmes", EVALUATION),
            page("programmes/:key", d -> "programmes/recovery-practice-2026", EVALUATION),
            page("reports/evaluation", d -> "reports/evaluation", EnumSet.of(EVALUATOR, ADMIN, MANAGER, OTHER_MANAGER)),
            page("reports/responses", d -> "reports/responses", MANAGERS),
            page("reports/self-review", d -> "reports/self-review", EVALUATION),
            page("sessions", d -> "sessions", STAFF_ROLE),
            page("sessions/:id", d -> "sessions/" + d.northSession(), EnumSet.of(STAFF, MANAGER))
                    .withAll(EnumSet.of(OTHER_MANAGER, EDITOR), Outcome.NOT_FOUND).note("a Community Team North session"),
            page("sessions/:id/facilitate", d -> "sessions/" + d.northSession() + "/facilitate", EnumSet.of(MANAGER))
                    .with(OTHER_MANAGER, Outcome.NOT_FOUND).note("only the team's managers"),
            page("actions", d -> "actions", STAFF_ROLE),
            page("self-review", d -> "self-review", STAFF_ROLE),
            page("self-review/:id", d -> "self-review/" + d.northReview(), EnumSet.of(STAFF, MANAGER))
                    .withAll(EnumSet.of(OTHER_MANAGER, EDITOR), Outcome.NOT_FOUND).note("a Community Team North review"),
            page("admin/content", d -> "admin/content", EnumSet.of(EDITOR, ADMIN)),
            page("admin/checks", d -> "admin/checks", EnumSet.of(EDITOR, ADMIN))
                    .note("knowledge-check question figures: aggregates over everyone, shown from 10 people"),
            page("admin/people", d -> "admin/people", EnumSet.of(ADMIN)),
            page("admin/people/import", d -> "admin/people/import", EnumSet.of(ADMIN)),
            // being added in parallel (audit trail): admins only
            page("admin/audit", d -> "admin/audit", EnumSet.of(ADMIN)),
            page("notifications", d -> "notifications", EVERYONE_SIGNED_IN).note("each person's own notifications only"),
            page("notifications/preferences", d -> "notifications/preferences", EVERYONE_SIGNED_IN).note("each person's own settings"),
            page("admin/notifications", d -> "admin/notifications", EnumSet.of(ADMIN))
    ).stream().map(PageRuleBuilder::build).toList();

    static final List<ApiRule> ENDPOINTS = List.of(
            api("GET", "/api/me", d -> "/api/me", EVERYONE_SIGNED_IN),
            // being added in parallel (data rights): everything held about the caller
            api("GET", "/api/me/data", d -> "/api/me/data", EVERYONE_SIGNED_IN),
            // a dry run of a file with a header and nobody in it: allowed callers get the (empty) plan and nothing changes
            api("POST", "/api/people/import", d -> "/api/people/import?dryRun=true", EnumSet.of(ADMIN))
                    .body("text/csv", "username,display_name,email,teams,roles,manages,active\n")
                    .answerContains(ADMIN, "\"dryRun\":true").note("importing people from an HR export: administrators"),
            // the OpenAPI description of the API (springdoc), as JSON and YAML: nothing personal in it
            api("GET", "/api/openapi.json", d -> "/api/openapi.json", EVERYONE_SIGNED_IN)
                    .answerContains(STAFF, "\"openapi\":\"3.1.0\"").note("the API's description: anyone signed in"),
            api("GET", "/api/openapi.json.yaml", d -> "/api/openapi.json.yaml", EVERYONE_SIGNED_IN),
            api("GET", "/api/stories", d -> "/api/stories?q=recovery", EVERYONE_SIGNED_IN),
            api("GET", "/api/stories/{slug}", d -> "/api/stories/" + d.story(), EVERYONE_SIGNED_IN),
            api("GET", "/api/programmes", d -> "/api/programmes", EVALUATION),
            api("GET", "/api/programmes/{key}", d -> "/api/programmes/" + d.programme(), EVALUATION),
            // deliberately invalid, so that allowed callers get 400 and nothing is created
            api("POST", "/api/programmes", d -> "/api/programmes", EVALUATION)
                    .body("application/json", "{}").allowedStatus(400),
            // a header without rows imports nothing
            api("POST", "/api/programmes/{key}/responses", d -> "/api/programmes/" + d.programme() + "/responses", EVALUATION)
                    .body("text/csv", "participant,team,wave,comments\n"),
            api("GET", "/api/programmes/{key}/survey.pdf", d -> "/api/programmes/" + d.programme() + "/survey.pdf", EVALUATION)
                    .note("the printable survey: evaluators and administrators"),
            // the demo programme with an open wave cannot be archived, so allowed callers get 409 and nothing changes
            api("POST", "/api/programmes/{key}/archive", d -> "/api/programmes/" + d.programme() + "/archive", EVALUATION)
                    .allowedStatus(409).note("archiving deletes the programme's links and drafts: evaluators and administrators"),
            api("GET", "/api/programmes/{key}/report",
                    d -> "/api/programmes/recovery-practice-2026/report?team=" + enc("Community Team North"),
                    EnumSet.of(EVALUATOR, ADMIN, MANAGER)).with(OTHER_MANAGER, Answer.HIDDEN)
                    .note("a team report: its managers, evaluators, administrators"),
            api("GET", "/api/programmes/{key}/report",
                    d -> "/api/programmes/recovery-practice-2026/report", EnumSet.of(EVALUATOR, ADMIN, MANAGER, OTHER_MANAGER))
                    .answerContains(EVALUATOR, "\"team\":null").answerContains(ADMIN, "\"team\":null")
                    .answerContains(MANAGER, "\"team\":\"Community Team North\"")
                    .answerContains(OTHER_MANAGER, "\"team\":\"Acute Ward Two\"")
                    .note("no team chosen: programme totals for evaluators and administrators, a manager's own team for managers"),
            // the demo pilot's wave is still open: allowed callers get 409 and nothing is released
            api("POST", "/api/programmes/{key}/releases", d -> "/api/programmes/" + d.programme() + "/releases", EVALUATION)
                    .allowedStatus(409).note("releasing figures: evaluators and administrators"),
            api("GET", "/api/programmes/{key}/releases", d -> "/api/programmes/recovery-practice-2026/releases", EVALUATION),
            api("GET", "/api/programmes/{key}/releases/comments",
                    d -> "/api/programmes/" + d.programme() + "/releases/comments", EVALUATION).allowedStatus(409)
                    .note("the written answers a release would show, to remove some first"),
            api("GET", "/api/programmes/{key}/analysis-plan", d -> "/api/programmes/" + d.programme() + "/analysis-plan", EVALUATION)
                    .note("the pre-registered analysis plan: evaluators and administrators"),
            // deliberately incomplete (no theme), so that allowed callers get 400 and nothing is saved
            api("PUT", "/api/programmes/{key}/analysis-plan", d -> "/api/programmes/" + d.programme() + "/analysis-plan", EVALUATION)
                    .body("application/json", "{}").allowedStatus(400),
            // nothing has been saved to lock, so allowed callers get 409 and nothing is locked
            api("POST", "/api/programmes/{key}/analysis-plan/lock",
                    d -> "/api/programmes/" + d.programme() + "/analysis-plan/lock", EVALUATION).allowedStatus(409),
            api("GET", "/api/programmes/{key}/report.{format}",
                    d -> "/api/programmes/recovery-practice-2026/report.csv?team=" + enc("Community Team North"),
                    EnumSet.of(EVALUATOR, ADMIN, MANAGER)).with(OTHER_MANAGER, Answer.HIDDEN),
            api("GET", "/api/programmes/{key}/report.{format}",
                    d -> "/api/programmes/recovery-practice-2026/report.zip?team=" + enc("Community Team North"),
                    EnumSet.of(EVALUATOR, ADMIN, MANAGER)).with(OTHER_MANAGER, Answer.HIDDEN)
                    .note("analysis files (SPSS, R, Stata): the same rule as the other report files"),
            // SCIM: only an identity platform's bearer token opens it (ScimTest); no person's password or session does
            api("GET", "/scim/v2/Users", d -> "/scim/v2/Users", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("POST", "/scim/v2/Users", d -> "/scim/v2/Users", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("GET", "/scim/v2/Users/{id}", d -> "/scim/v2/Users/1", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("PUT", "/scim/v2/Users/{id}", d -> "/scim/v2/Users/1", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("PATCH", "/scim/v2/Users/{id}", d -> "/scim/v2/Users/1", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("DELETE", "/scim/v2/Users/{id}", d -> "/scim/v2/Users/1", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("GET", "/scim/v2/Groups", d -> "/scim/v2/Groups", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("POST", "/scim/v2/Groups", d -> "/scim/v2/Groups", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("GET", "/scim/v2/Groups/{id}", d -> "/scim/v2/Groups/1", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("PUT", "/scim/v2/Groups/{id}", d -> "/scim/v2/Groups/1", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("PATCH", "/scim/v2/Groups/{id}", d -> "/scim/v2/Groups/1", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("DELETE", "/scim/v2/Groups/{id}", d -> "/scim/v2/Groups/1", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("GET", "/scim/v2/ServiceProviderConfig", d -> "/scim/v2/ServiceProviderConfig", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("GET", "/scim/v2/ResourceTypes", d -> "/scim/v2/ResourceTypes", Set.of()).withAll(Answer.UNAUTHENTICATED),
            api("GET", "/scim/v2/Schemas", d -> "/scim/v2/Schemas", Set.of()).withAll(Answer.UNAUTHENTICATED),
            // links that carry their own authority (security: signedLinkChain): anonymous with a valid token only,
            // so with a token nobody holds every caller gets a bare 404, signed in or not
            api("GET", "/calendar/{token}.ics", d -> "/calendar/" + "A".repeat(43) + ".ics", Set.of()).withAll(Answer.NOT_EXPOSED)
                    .note("a person's calendar feed: whoever holds its secret token, without signing in"),
            api("GET", "/unsubscribe/{token}", d -> "/unsubscribe/bm90.c2lnbmVk", Set.of()).withAll(Answer.NOT_EXPOSED)
                    .note("the signed unsubscribe link's confirmation page: a valid signature only"),
            api("POST", "/unsubscribe/{token}", d -> "/unsubscribe/bm90.c2lnbmVk", Set.of()).withAll(Answer.NOT_EXPOSED)
                    .note("one-click unsubscribe (RFC 8058): a valid signature only, no CSRF token"),
            // actuator: health and info are public; nothing else is exposed over the web by default
            api("GET", "/actuator/health", d -> "/actuator/health", EnumSet.allOf(Who.class)),
            api("GET", "/actuator/health/{*path}", d -> "/actuator/health/db", EnumSet.allOf(Who.class))
                    .answerContains(ANONYMOUS, "{\"status\":\"UP\"}").note("a component's status only, no details"),
            api("GET", "/actuator/info", d -> "/actuator/info", EnumSet.allOf(Who.class)),
            api("GET", "/actuator", d -> "/actuator", Set.of()).withAll(Answer.NOT_EXPOSED),
            // being added in parallel (operations): metrics for a scraper on the same machine, or for admins
            api("GET", "/actuator/prometheus", d -> "/actuator/prometheus", EnumSet.of(ADMIN))
                    .withAll(EnumSet.complementOf(EnumSet.of(ADMIN)), Answer.EITHER)
                    .note("public on loopback only, or administrators")
    ).stream().map(ApiRuleBuilder::build).toList();

    // ---------------------------------------------------------------------------------------------

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    WebEndpointsSupplier actuatorEndpoints;
    @Autowired
    TrainingService training;
    @Autowired
    ToolService tools;
    @Autowired
    StoryLibrary library;
    @Autowired
    StoryModeration moderation;
    @Autowired
    Sessions reflection;
    @Autowired
    SelfReviewService selfReviews;
    @Autowired
    PeopleService people;
    @Autowired
    JournalService journal;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyRouteAndEndpointHasARule() {
        Set<String> routes = routeTemplates();
        Set<String> endpoints = endpointKeys();
        Set<String> pageRows = new TreeSet<>(PAGES.stream().map(PageRule::template).toList());
        Set<String> apiRows = new TreeSet<>(ENDPOINTS.stream().map(ApiRule::key).toList());

        List<String> missing = new ArrayList<>();
        routes.stream().filter(r -> !pageRows.contains(r)).forEach(r -> missing.add("route '" + r + "'"));
        endpoints.stream().filter(e -> !apiRows.contains(e)).forEach(e -> missing.add("endpoint '" + e + "'"));
        pageRows.stream().filter(r -> !routes.contains(r))
                .forEach(r -> System.out.println("[authorization matrix] rule for route '" + r + "' has no route (yet)"));
        apiRows.stream().filter(e -> !endpoints.contains(e))
                .forEach(e -> System.out.println("[authorization matrix] rule for endpoint '" + e + "' has no endpoint (yet)"));
        int pageChecks = presentPages().size();
        int apiChecks = presentEndpoints(endpoints).size();
        System.out.printf("[authorization matrix] %d routes (%d example addresses) x %d accounts = %d page checks; "
                        + "%d endpoints (%d example requests) x %d accounts = %d HTTP checks%n",
                routes.size(), pageChecks, Who.values().length, pageChecks * Who.values().length,
                endpoints.size(), apiChecks, Who.values().length, apiChecks * Who.values().length);
        assertThat(missing).as("routes and endpoints without a row in AuthorizationMatrixTest: add one saying who may use them")
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyPageGivesEachAccountWhatTheTableSays(Who who) {
        Demo demo = demo();
        if (who != ANONYMOUS) {
            signIn(who.username);
        }
        List<String> wrong = new ArrayList<>();
        List<PageRule> present = presentPages();
        for (PageRule rule : present) {
            String path = rule.path().apply(demo);
            Outcome expected = rule.expected().get(who);
            Outcome actual = outcome(open(path), rule.template());
            if (actual != expected) {
                wrong.add("'" + path + "' (" + rule.template() + (rule.note() == null ? "" : "; " + rule.note())
                        + "): expected " + expected + " but was " + actual);
            }
        }
        System.out.printf("[authorization matrix] %s: %d pages checked%n", who, present.size());
        assertThat(wrong).as("pages for %s", who).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyEndpointGivesEachAccountWhatTheTableSays(Who who) throws Exception {
        Demo demo = demo();
        List<String> wrong = new ArrayList<>();
        List<ApiRule> present = presentEndpoints(endpointKeys());
        for (ApiRule rule : present) {
            HttpResponse<String> response = call(rule, rule.path().apply(demo), who);
            int status = response.statusCode();
            Answer expected = rule.expected().get(who);
            boolean ok = switch (expected) {
                case ALLOWED -> status == rule.allowedStatus();
                case UNAUTHENTICATED -> status == 401;
                case FORBIDDEN -> status == 403;
                case HIDDEN -> status == 403 || status == 404;
                case NOT_EXPOSED -> status == 404;
                case EITHER -> status == rule.allowedStatus() || status == 401 || status == 403 || status == 404;
            };
            String fragment = rule.answerContains().get(who);
            if (ok && fragment != null && !response.body().contains(fragment)) {
                wrong.add(rule.method() + " " + rule.path().apply(demo) + ": the answer should contain " + fragment
                        + " but was " + abbreviate(response.body()));
            }
            if (!ok) {
                wrong.add(rule.method() + " " + rule.path().apply(demo) + " (" + rule.key()
                        + (rule.note() == null ? "" : "; " + rule.note()) + "): expected " + expected
                        + (expected == Answer.ALLOWED ? " (" + rule.allowedStatus() + ")" : "") + " but got " + status
                        + " " + abbreviate(response.body()));
            }
        }
        System.out.printf("[authorization matrix] %s: %d endpoint requests checked%n", who, present.size());
        assertThat(wrong).as("endpoints for %s", who).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------

    private Set<String> routeTemplates() {
        Set<String> templates = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            templates.add(route.getTemplate());
        }
        assertThat(templates).as("routes found at runtime").contains("", "login", "admin/people");
        return templates;
    }

    private List<PageRule> presentPages() {
        Set<String> routes = routeTemplates();
        return PAGES.stream().filter(p -> routes.contains(p.template())).toList();
    }

    private Set<String> endpointKeys() {
        Set<String> keys = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api") || pattern.startsWith("/scim") || pattern.startsWith("/calendar/")
                        || pattern.startsWith("/unsubscribe/")) {
                    Set<?> methods = info.getMethodsCondition().getMethods();
                    if (methods.isEmpty()) {
                        keys.add("ANY " + pattern);
                    }
                    methods.forEach(m -> keys.add(m + " " + pattern));
                }
            }
        });
        keys.add("GET /actuator");
        actuatorEndpoints.getEndpoints().forEach(endpoint -> endpoint.getOperations().forEach(operation ->
                keys.add(operation.getRequestPredicate().getHttpMethod() + " /actuator/" + operation.getRequestPredicate().getPath())));
        assertThat(keys).as("endpoints found at runtime").contains("GET /api/me", "GET /actuator/health");
        return keys;
    }

    private static List<ApiRule> presentEndpoints(Set<String> endpoints) {
        return ENDPOINTS.stream().filter(e -> endpoints.contains(e.key())).toList();
    }

    private Outcome outcome(Component view, String template) {
        if (view instanceof LoginView) {
            return Outcome.SIGN_IN;
        }
        if (view instanceof NotAllowedView) {
            return Outcome.NOT_ALLOWED;
        }
        if (view instanceof NotFoundView) {
            return Outcome.NOT_FOUND;
        }
        Class<?> target = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getTemplate().equals(template)).findFirst().orElseThrow().getNavigationTarget();
        if (!target.isInstance(view)) {
            return null;
        }
        boolean refused = descendants(view).filter(H1.class::isInstance).map(c -> ((HasText) c).getText())
                .anyMatch(t -> t.contains("not available"));
        return refused ? Outcome.REFUSED_IN_PAGE : Outcome.SHOWN;
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(AuthorizationMatrixTest::descendants));
    }

    private HttpResponse<String> call(ApiRule rule, String path, Who who) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (who != ANONYMOUS) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((who.username + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (rule.body() != null) {
            request.header("Content-Type", rule.contentType())
                    .method(rule.method(), HttpRequest.BodyPublishers.ofString(rule.body()));
        } else {
            request.method(rule.method(), HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Demo demo() {
        TrainingModule module = training.modules().getFirst();
        // the lesson the demo data already visited for staff, so opening it changes no one's place
        TrainingModule.Lesson lesson = module.lessons().get(Math.min(2, module.lessons().size() - 1));
        long savedTool = tools.saved(account("staff"), "risk-decision").getFirst().id();
        String story = library.newest(1).getFirst().slug();
        long queued = moderation.moderationQueue().getFirst().story().id();
        long north = people.findTeamByName("Community Team North").orElseThrow().id();
        long session = reflection.sessionsFor(account("manager")).stream().filter(s -> s.teamId() == north).findFirst().orElseThrow().id();
        long review = selfReviews.reviews(account("manager"), north).getFirst().id();
        return new Demo(module.key(), lesson.key(), "safety-plan", savedTool, story, queued,
                "strengths-pilot", "before", session, review, journal.entries(account("staff")).getLast().id());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "..." : oneLine;
    }

    // ---------------------------------------------------------------------------------------------
    // Row builders: those listed may use it; anonymous visitors are sent to sign in (pages) or get
    // 401 (API); other signed-in accounts are refused (NOT_ALLOWED / 403). Exceptions are explicit.
    // ---------------------------------------------------------------------------------------------

    private static PageRuleBuilder page(String template, Function<Demo, String> path, Set<Who> shownTo) {
        return new PageRuleBuilder(template, path, shownTo);
    }

    private static ApiRuleBuilder api(String method, String pattern, Function<Demo, String> path, Set<Who> allowed) {
        return new ApiRuleBuilder(method, pattern, path, allowed);
    }

    private static final class PageRuleBuilder {
        private final String template;
        private final Function<Demo, String> path;
        private final Map<Who, Outcome> expected = new EnumMap<>(Who.class);
        private String note;

        PageRuleBuilder(String template, Function<Demo, String> path, Set<Who> shownTo) {
            this.template = template;
            this.path = path;
            for (Who who : Who.values()) {
                expected.put(who, shownTo.contains(who) ? Outcome.SHOWN : who == ANONYMOUS ? Outcome.SIGN_IN : Outcome.NOT_ALLOWED);
            }
        }

        PageRuleBuilder with(Who who, Outcome outcome) {
            expected.put(who, outcome);
            return this;
        }

        PageRuleBuilder withAll(Set<Who> whom, Outcome outcome) {
            whom.forEach(w -> expected.put(w, outcome));
            return this;
        }

        PageRuleBuilder withAll(Outcome outcome) {
            return withAll(EnumSet.allOf(Who.class), outcome);
        }

        PageRuleBuilder withSignedInOthers(Outcome outcome) {
            expected.replaceAll((w, o) -> w != ANONYMOUS && o != Outcome.SHOWN ? outcome : o);
            return this;
        }

        PageRuleBuilder note(String text) {
            note = text;
            return this;
        }

        PageRule build() {
            return new PageRule(template, path, Map.copyOf(expected), note);
        }
    }

    private static final class ApiRuleBuilder {
        private final String method;
        private final String pattern;
        private final Function<Demo, String> path;
        private final Map<Who, Answer> expected = new LinkedHashMap<>();
        private String contentType;
        private String body;
        private int allowedStatus = 200;
        private final Map<Who, String> answerContains = new EnumMap<>(Who.class);
        private String note;

        ApiRuleBuilder(String method, String pattern, Function<Demo, String> path, Set<Who> allowed) {
            this.method = method;
            this.pattern = pattern;
            this.path = path;
            for (Who who : Who.values()) {
                expected.put(who, allowed.contains(who) ? Answer.ALLOWED : who == ANONYMOUS ? Answer.UNAUTHENTICATED : Answer.FORBIDDEN);
            }
        }

        ApiRuleBuilder with(Who who, Answer answer) {
            expected.put(who, answer);
            return this;
        }

        ApiRuleBuilder withAll(Set<Who> whom, Answer answer) {
            whom.forEach(w -> expected.put(w, answer));
            return this;
        }

        ApiRuleBuilder withAll(Answer answer) {
            return withAll(EnumSet.allOf(Who.class), answer);
        }

        ApiRuleBuilder body(String type, String text) {
            contentType = type;
            body = text;
            return this;
        }

        /** For data-scoped answers: what the body must contain for this account. */
        ApiRuleBuilder answerContains(Who who, String fragment) {
            answerContains.put(who, fragment);
            return this;
        }

        ApiRuleBuilder allowedStatus(int status) {
            allowedStatus = status;
            return this;
        }

        ApiRuleBuilder note(String text) {
            note = text;
            return this;
        }

        ApiRule build() {
            return new ApiRule(method, pattern, path, contentType, body, allowedStatus, Map.copyOf(expected),
                    Map.copyOf(answerContains), note);
        }
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
