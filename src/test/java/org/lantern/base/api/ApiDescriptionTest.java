package org.lantern.base.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at {@code /api/openapi.json}: every {@code /api} handler is in it, with who may
 * call it and the {@code {"error": "..."}} shape the API really answers; nobody unsigned reads it.
 */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDescriptionTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private final HttpClient http = HttpClient.newHttpClient();
    private JsonNode description;

    @BeforeAll
    void fetchTheDescription() throws Exception {
        HttpResponse<String> response = get(ApiDescription.ADDRESS, "staff");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        description = JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void everyApiHandlerIsDescribed() {
        List<String> handled = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType().getPackageName().startsWith("org.springdoc")) {
                continue; // the description itself
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    assertThat(entry.getKey().getMethodsCondition().getMethods()).as(pattern + " names its HTTP method").isNotEmpty();
                    entry.getKey().getMethodsCondition().getMethods().forEach(m -> handled.add(m.name() + " " + pattern));
                }
            }
        }
        assertThat(handled).as("handlers found").contains("GET /api/me", "POST /api/people/import", "GET /api/programmes/{key}/report.{format}");
        List<String> described = new ArrayList<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> described.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(new TreeSet<>(described)).as("described in " + ApiDescription.ADDRESS).containsAll(handled);
    }

    @Test
    void everyCallSaysWhoMayMakeIt() {
        operations().forEach((name, op) -> {
            assertThat(op.get("description").asString()).as(name).startsWith("**Who may call it:** ");
            assertThat(op.get("summary")).as(name + " has a summary").isNotNull();
            assertThat(op.get("responses").propertyNames()).as(name + " describes its answer").anyMatch(s -> s.startsWith("2"));
            op.get("responses").properties().stream().filter(r -> r.getKey().startsWith("2") && r.getValue().has("content"))
                    .forEach(r -> r.getValue().get("content").forEach(type -> assertThat(type.has("schema"))
                            .as(name + " " + r.getKey() + " says what it answers").isTrue()));
        });
        assertThat(access("post", "/api/people/import")).containsExactly("admin");
        assertThat(operations().get("POST /api/people/import").get("description").asString())
                .startsWith("**Who may call it:** Administrators.");
        assertThat(access("get", "/api/me")).containsExactly("signed-in");
        assertThat(access("get", "/api/programmes/{key}/releases")).containsExactlyInAnyOrder("evaluator", "admin");
        // managers read their teams' reports, in every format: read from the rules with report.csv, not report.x
        assertThat(access("get", "/api/programmes/{key}/report.{format}")).containsExactlyInAnyOrder("manager", "evaluator", "admin");
        assertThat(operations().get("GET /api/programmes/{key}/report.{format}").get("description").asString())
                .startsWith("**Who may call it:** Team managers, programme evaluators and administrators.");
    }

    @Test
    void theSignedInAccountIsNeverAskedFor() {
        operations().forEach((name, op) -> {
            if (op.has("parameters")) {
                op.get("parameters").forEach(p -> assertThat(p.get("name").asString()).as(name).isNotIn("account", "user", "request"));
            }
        });
        assertThat(description.get("components").get("schemas").has("Account")).isFalse();
    }

    @Test
    void errorsAreDescribedAsTheyAreAnswered() throws Exception {
        JsonNode schema = description.get("components").get("schemas").get(ApiDescriptionDetails.ERROR_SCHEMA);
        assertThat(schema.get("required").get(0).asString()).isEqualTo("error");
        operations().forEach((name, op) -> op.get("responses").properties().forEach(response -> {
            if (response.getKey().matches("[45]\\d\\d")) {
                assertThat(response.getValue().get("content").get("application/json").get("schema").get("$ref").asString())
                        .as(name + " " + response.getKey()).isEqualTo("#/components/schemas/ApiError");
            }
        }));
        JsonNode releases = operations().get("GET /api/programmes/{key}/releases").get("responses");
        HttpResponse<String> unsigned = get("/api/programmes", null);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.body()).isEqualTo(example(releases.get("401")));
        HttpResponse<String> staff = get("/api/programmes", "staff");
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(staff.body()).isEqualTo(example(releases.get("403")));
    }

    @Test
    void theDescriptionIsOnlyForSignedInAccounts() throws Exception {
        for (String address : List.of(ApiDescription.ADDRESS, ApiDescription.ADDRESS + ".yaml")) {
            HttpResponse<String> response = get(address, null);
            assertThat(response.statusCode()).as(address).isEqualTo(401);
            assertThat(response.body()).startsWith("{\"error\":\"").doesNotContain("paths");
        }
        assertThat(get(ApiDescription.ADDRESS + ".yaml", "evaluator").body()).startsWith("openapi: 3.1.0");
        assertThat(description.get("openapi").asString()).isEqualTo("3.1.0");
    }

    @Test
    void anHrJobAndAnRScriptFindWhatTheyNeed() {
        JsonNode people = operations().get("POST /api/people/import");
        assertThat(people.get("requestBody").get("content").get("text/csv").get("example").asString())
                .contains("username,display_name,email,teams,roles,manages,active");
        assertThat(people.get("responses").get("200").get("content").get("application/json").get("schema")).isNotNull();
        JsonNode file = operations().get("GET /api/programmes/{key}/report.{format}");
        assertThat(file.get("responses").get("200").get("content").has("text/csv")).isTrue();
        assertThat(operations().get("POST /api/programmes/{key}/responses").get("requestBody").get("content").has("text/csv")).isTrue();
    }

    private List<String> access(String method, String path) {
        List<String> roles = new ArrayList<>();
        description.get("paths").get(path).get(method).get(ApiDescriptionDetails.ACCESS_EXTENSION).forEach(r -> roles.add(r.asString()));
        return roles;
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> all = new java.util.TreeMap<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> all.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue())));
        return all;
    }

    private static String example(JsonNode response) {
        return response.get("content").get("application/json").get("examples").get("error").get("value").toString();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
