package org.lantern.base.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.LanternTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API over real HTTP: Basic auth with the same accounts, stateless, JSON errors. */
@LanternTest
class ApiTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @CsvSource({
            "staff, Sam Staff, '[\"staff\"]'",
            "manager, Morgan Manager, '[\"staff\",\"manager\"]'",
            "evaluator, Evan Evaluator, '[\"evaluator\"]'",
            "editor, Eden Editor, '[\"staff\",\"editor\"]'",
            "admin, Alex Admin, '[\"admin\"]'"})
    void meListsTheCallersRoles(String user, String name, String roles) throws Exception {
        HttpResponse<String> response = get("/api/me", user, "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"" + user + "\"", "\"displayName\":\"" + name + "\"",
                "\"roles\":" + roles, "\"teams\":[");
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
    }

    @Test
    void wrongPasswordOrNoCredentialsGet401AsJson() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[]{get("/api/me", "staff", "wrong"), get("/api/me", null, null),
                get("/api/me", "nobody", "demo")}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(response.body()).startsWith("{\"error\":\"").doesNotContain("Exception");
        }
    }

    @Test
    void endpointsWithoutARuleAreDenied() throws Exception {
        HttpResponse<String> response = get("/api/not-a-thing", "admin", "demo");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"error\":\"Your account is not allowed to do this.\"}");
    }

    @Test
    void healthIsPublicAndReportsTheDatabaseWithoutDetails() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"db\":{\"status\":\"UP\"}").doesNotContain("postgres");
        assertThat(get("/actuator/env", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theUiNeedsASignIn() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/people")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(200, 302);
        assertThat(response.body()).doesNotContain("People and teams");
    }
}
