package org.lantern.base.security;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, "API and browser", first item: the JSON API never makes a browser ask for (and then cache)
 * a password, takes only the body types its endpoints document, and refuses state-changing requests
 * that a browser marks as coming from another site. Over real HTTP.
 */
@LanternTest
class ApiBrowserProtectionTest {

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;

    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The three body types an HTML form on any website can send without the browser asking Lantern first. */
    private static final List<String> FORM_TYPES = List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "text/plain");
    private static final Map<String, String> CROSS_SITE_FORM = Map.of("Origin", "https://evil.example",
            "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document",
            "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

    private HttpResponse<String> send(String method, String path, String user, Map<String, String> headers, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        var all = new java.util.HashMap<>(headers);
        all.put(name, value);
        return all;
    }

    @Test
    void browsersAreNeverAskedForAPasswordScriptsThatAskForJsonAre() throws Exception {
        // a page in a browser: opening the address, or loading it as an image or a script from another site
        List<Map<String, String>> browsers = List.of(
                Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Site", "none"),
                Map.of("Accept", "image/avif,image/webp,*/*;q=0.8", "Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Site", "cross-site"),
                Map.of("Accept", "*/*"),   // <script src> over plain http: browsers send no Sec-Fetch-* there
                Map.of("Accept", "application/json", "Origin", "https://evil.example"),   // fetch() from another site
                Map.of("Accept", "application/json", "Sec-Fetch-Mode", "cors"));
        for (Map<String, String> browser : browsers) {
            HttpResponse<String> response = send("GET", "/api/me", null, browser, null);
            assertThat(response.statusCode()).as("%s", browser).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as("challenge for %s", browser).isEmpty();
            assertThat(response.body()).startsWith("{\"error\":\"Sign in");
        }
        // a wrong password in a browser: still no prompt
        assertThat(send("GET", "/api/me", "staff-wrong", browsers.getFirst(), null).headers().firstValue("WWW-Authenticate")).isEmpty();

        // a script or tool that asks for JSON and is no browser gets the challenge, so clients that wait for it work
        HttpResponse<String> script = send("GET", "/api/me", null, Map.of("Accept", "application/json"), null);
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Lantern\", charset=\"UTF-8\"");
        // and curl -u (credentials sent at once, Accept */*) works as before
        assertThat(send("GET", "/api/me", "staff", Map.of("Accept", "*/*"), null).statusCode()).isEqualTo(200);
    }

    /**
     * The attack: a page on another site posts a form (text/plain or form-encoded, which needs no
     * permission from Lantern) to the response import, and the browser adds the evaluator's cached
     * HTTP Basic credentials. Nothing may be imported.
     */
    @Test
    void aForgedCrossSiteFormCannotOverwriteImportedResponses() throws Exception {
        String key = "forgery-" + System.nanoTime();
        programmes.createProgramme(account("evaluator"), new NewProgramme(key, "Forgery check", "recovery-knowledge",
                List.of("Community Team North"), List.of(new NewProgramme.NewWave("before", LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 2, 1)), new NewProgramme.NewWave("after", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1)))));
        responseImport.importCsv(account("evaluator"), key, new StringReader("participant,team,wave,hope-1\nP1,Community Team North,before,4\n"),
                false, rows -> { });
        long programme = programmes.programme(key).orElseThrow().id();
        int importsBefore = responseImport.imports(programme).size();
        String path = "/api/programmes/" + key + "/responses?replace=true";
        String csv = "participant,team,wave,hope-1\nP1,Community Team North,before,1\n";

        for (String type : FORM_TYPES) {
            // as the browser sends it from another site: refused as cross-site
            HttpResponse<String> forged = send("POST", path, "evaluator", with(CROSS_SITE_FORM, "Content-Type", type), csv);
            assertThat(forged.statusCode()).as(type).isEqualTo(403);
            assertThat(forged.body()).startsWith("{\"error\":\"Requests from other websites cannot change anything");
            // an older browser that sends no Origin or Sec-Fetch-* headers: refused for its body type alone
            HttpResponse<String> plain = send("POST", path, "evaluator", Map.of("Content-Type", type), csv);
            assertThat(plain.statusCode()).as(type).isEqualTo(415);
            assertThat(plain.body()).startsWith("{\"error\":\"Content type not supported: ");
        }
        // CSV from another site (a fetch() the browser would first ask Lantern about) is refused too
        assertThat(send("POST", path, "evaluator", with(CROSS_SITE_FORM, "Content-Type", "text/csv"), csv).statusCode()).isEqualTo(403);
        assertThat(send("POST", path, "evaluator", Map.of("Content-Type", "text/csv", "Origin", "null"), csv).statusCode()).isEqualTo(403);
        assertThat(responseImport.imports(programme)).as("nothing was imported").hasSize(importsBefore);

        // the documented call, from a script or from Lantern's own origin, still works
        assertThat(send("POST", path, "evaluator", Map.of("Content-Type", "text/csv; charset=UTF-8"), csv).statusCode()).isEqualTo(200);
        assertThat(send("POST", path, "evaluator", Map.of("Content-Type", "text/csv", "Origin", "http://localhost:" + port,
                "Sec-Fetch-Site", "same-origin"), csv).statusCode()).isEqualTo(200);
        assertThat(responseImport.imports(programme)).hasSize(importsBefore + 2);
    }

    /** Every POST, PUT, PATCH and DELETE under /api, found at runtime: form body types get 415, other sites 403. */
    @Test
    void everyStateChangingEndpointTakesOnlyItsDocumentedTypes() throws Exception {
        Set<String> checked = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                    if (verb == RequestMethod.GET || verb == RequestMethod.HEAD || verb == RequestMethod.OPTIONS) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{[^}]+}", "no-such-thing");
                    checked.add(verb + " " + pattern);
                    try {
                        for (String type : FORM_TYPES) {
                            HttpResponse<String> response = send(verb.name(), path, "admin", Map.of("Content-Type", type), "a=b");
                            if (response.statusCode() != 415 || !response.body().startsWith("{\"error\":")) {
                                failures.add(verb + " " + pattern + " as " + type + ": " + response.statusCode() + " " + response.body());
                            }
                        }
                        HttpResponse<String> crossSite = send(verb.name(), path, "admin",
                                Map.of("Content-Type", "application/json", "Origin", "https://evil.example"), "{}");
                        if (crossSite.statusCode() != 403) {
                            failures.add(verb + " " + pattern + " from another site: " + crossSite.statusCode());
                        }
                    } catch (Exception e) {
                        failures.add(verb + " " + pattern + ": " + e);
                    }
                }
            }
        });
        System.out.println("State-changing API endpoints checked: " + checked);
        assertThat(checked).contains("POST /api/programmes", "POST /api/programmes/{key}/responses",
                "POST /api/programmes/{key}/archive", "POST /api/programmes/{key}/releases");
        assertThat(failures).isEmpty();
    }

    @Test
    void eachEndpointTakesOnlyItsOwnDocumentedType() throws Exception {
        // JSON where the endpoint takes CSV, and CSV where it takes JSON: 415 from the endpoint itself
        assertThat(send("POST", "/api/programmes/strengths-pilot/responses", "evaluator",
                Map.of("Content-Type", "application/json"), "{}").statusCode()).isEqualTo(415);
        assertThat(send("POST", "/api/programmes", "evaluator", Map.of("Content-Type", "text/csv"), "a,b\n").statusCode()).isEqualTo(415);
        assertThat(send("POST", "/api/programmes/strengths-pilot/releases?before=before&after=after", "evaluator",
                Map.of("Content-Type", "text/csv"), "a,b\n").statusCode()).isEqualTo(415);
        // a release without a body (as the README's curl example) still reaches the endpoint: 409, the wave is open
        assertThat(send("POST", "/api/programmes/strengths-pilot/releases?before=before&after=after", "evaluator",
                Map.of(), null).statusCode()).isEqualTo(409);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
