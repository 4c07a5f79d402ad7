package org.lantern.surveys;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme API over real HTTP, per role. */
@LanternTest
class ProgrammeApiTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String user, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String PROGRAMME = """
            {"key":"api-pilot","title":"API pilot","survey":"recovery-knowledge","teams":["Community Team North","Brand New Team"],
             "waves":[{"key":"before","opens":"2026-01-05","closes":"2026-02-01"},{"key":"after","opens":"2026-06-01","closes":"2026-07-01"}]}""";

    @Test
    void evaluatorsCreateListAndImportAndOthersAreRefused() throws Exception {
        for (String user : new String[]{"staff", "manager", "editor"}) {
            assertThat(send("POST", "/api/programmes", user, "application/json", PROGRAMME).statusCode()).as(user).isEqualTo(403);
            assertThat(send("GET", "/api/programmes", user, null, null).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(send("GET", "/api/programmes", null, null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> created = send("POST", "/api/programmes", "evaluator", "application/json", PROGRAMME);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"key\":\"api-pilot\"", "\"Brand New Team\"", "\"opens\":\"2026-01-05\"");
        HttpResponse<String> again = send("POST", "/api/programmes", "admin", "application/json", PROGRAMME);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).isEqualTo("{\"error\":\"There is already a programme with the key 'api-pilot'.\"}");

        assertThat(send("GET", "/api/programmes", "evaluator", null, null).body()).contains("\"api-pilot\"", "\"strengths-pilot\"");
        assertThat(send("GET", "/api/programmes/api-pilot", "admin", null, null).body()).contains("\"title\":\"API pilot\"");
        HttpResponse<String> missing = send("GET", "/api/programmes/nope", "evaluator", null, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).startsWith("{\"error\":");

        HttpResponse<String> imported = send("POST", "/api/programmes/api-pilot/responses", "evaluator", "text/csv",
                "participant,team,wave,hope-1\nX1,Brand New Team,before,4\nX2,Brand New Team,before,nine\n");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).isEqualTo("{\"imported\":1,\"rejected\":[{\"line\":3,\"reason\":"
                + "\"column 'hope-1': Answers on this scale are whole numbers from 1 to 5, not 'nine'.\"}],\"withoutCode\":0}");
        HttpResponse<String> replaced = send("POST", "/api/programmes/api-pilot/responses?replace=true", "evaluator", "text/csv",
                "participant,team,wave,hope-1\nX1,Brand New Team,before,2\n");
        assertThat(replaced.body()).isEqualTo("{\"imported\":1,\"rejected\":[],\"withoutCode\":0}");
        assertThat(send("POST", "/api/programmes/api-pilot/responses", "staff", "text/csv", "participant,team,wave,hope-1\n").statusCode()).isEqualTo(403);
    }

    @Test
    void badRequestsGetClearJsonErrorsNeverA500() throws Exception {
        HttpResponse<String> badDate = send("POST", "/api/programmes", "evaluator", "application/json",
                PROGRAMME.replace("api-pilot", "bad-date").replace("2026-01-05", "5th January"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).isEqualTo("{\"error\":\"'5th January' is not a date in the form YYYY-MM-DD.\"}");
        HttpResponse<String> notJson = send("POST", "/api/programmes", "evaluator", "application/json", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/programmes", "evaluator", "application/json",
                "{\"key\":\"x\",\"title\":\"X\",\"survey\":\"recovery-knowledge\",\"teams\":[],\"waves\":[]}").statusCode()).isEqualTo(400);
        HttpResponse<String> badHeader = send("POST", "/api/programmes/strengths-pilot/responses", "evaluator", "text/csv", "who,what\n");
        assertThat(badHeader.statusCode()).isEqualTo(400);
        assertThat(badHeader.body()).contains("participant,team,wave");
        assertThat(send("POST", "/api/programmes/strengths-pilot/responses", "evaluator", "application/xml", "<x/>").statusCode()).isEqualTo(415);
    }

    @Test
    void evaluatorsArchiveAProgrammeOnceItsLastWaveHasClosedAndOnlyOnce() throws Exception {
        String finished = PROGRAMME.replace("api-pilot", "api-finished").replace("2026-06-01", "2026-03-01")
                .replace("2026-07-01", "2026-03-31");
        assertThat(send("POST", "/api/programmes", "evaluator", "application/json", finished).statusCode()).isEqualTo(201);
        assertThat(send("GET", "/api/programmes/api-finished", "evaluator", null, null).body()).contains("\"archivedOn\":null");

        assertThat(send("POST", "/api/programmes/api-finished/archive", "staff", null, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/programmes/api-finished/archive", "manager", null, null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/programmes/api-finished/archive", null, null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> open = send("POST", "/api/programmes/strengths-pilot/archive", "evaluator", null, null);
        assertThat(open.statusCode()).isEqualTo(409);
        assertThat(open.body()).startsWith("{\"error\":\"The after wave closes on ")
                .endsWith(": a programme can be archived once its last wave has closed.\"}");
        assertThat(send("POST", "/api/programmes/no-such-programme/archive", "admin", null, null).statusCode()).isEqualTo(404);

        HttpResponse<String> archived = send("POST", "/api/programmes/api-finished/archive", "evaluator", null, null);
        assertThat(archived.statusCode()).isEqualTo(200);
        assertThat(archived.body()).isEqualTo("{\"programme\":\"api-finished\",\"archivedOn\":\"" + LocalDate.now()
                + "\",\"linksDeleted\":0,\"draftsDeleted\":0}");
        assertThat(send("GET", "/api/programmes/api-finished", "evaluator", null, null).body())
                .contains("\"archivedOn\":\"" + LocalDate.now() + "\"");
        HttpResponse<String> again = send("POST", "/api/programmes/api-finished/archive", "admin", null, null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).startsWith("{\"error\":\"This programme was already archived on ");
        HttpResponse<String> importing = send("POST", "/api/programmes/api-finished/responses", "evaluator", "text/csv",
                "participant,team,wave,hope-1\nX1,Brand New Team,before,4\n");
        assertThat(importing.statusCode()).isEqualTo(409);
        assertThat(importing.body()).contains("nothing more can be imported");
    }
}
