package org.lantern.reports;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis plan over real HTTP: its endpoints, and the report's analysisPlan and primaryOutcome in JSON and the PDF. */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisPlanApiTest {

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;
    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    ReleaseService releases;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void createProgrammes() {
        Account evaluator = people.findByUsername("evaluator").orElseThrow();
        if (programmes.programme("plan-api-future").isEmpty()) {
            LocalDate today = LocalDate.now();
            programmes.createProgramme(evaluator, new NewProgramme("plan-api-future", "Plan API future", "recovery-knowledge",
                    List.of("Plan Api Team"), List.of(new NewProgramme.NewWave("before", today.minusDays(2), today.plusDays(10)),
                    new NewProgramme.NewWave("after", today.plusDays(60), today.plusDays(80)))));
            ReportFixtures.released(evaluator, programmes, responseImport, releases, "plan-api-none", List.of("Plan Api None"),
                    new int[]{8}, 3);
        }
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void anEvaluatorSavesChangesAndLocksAPlanThroughTheApi() throws Exception {
        String plan = "/api/programmes/plan-api-future/analysis-plan";
        JsonNode empty = ok(send("GET", plan, "evaluator", null));
        assertThat(empty.get("plan").isNull()).isTrue();
        assertThat(empty.get("editable").asBoolean()).isTrue();

        HttpResponse<String> bad = send("PUT", plan, "evaluator", "{\"theme\": \"hope\", \"test\": \"paired-t\", \"alpha\": 0.05}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("minimum meaningful change");

        JsonNode draft = ok(send("PUT", plan, "evaluator", "{\"theme\": \"goals\", \"test\": \"wilcoxon\", \"alpha\": 0.01, "
                + "\"minimumChange\": 0.5}"));
        assertThat(draft.get("primaryTheme").asString()).isEqualTo("goals");
        assertThat(draft.get("locked").asBoolean()).isFalse();
        assertThat(draft.get("firstWave").asString()).isEqualTo("before");
        assertThat(draft.get("afterWave").asString()).isEqualTo("after");

        JsonNode locked = ok(send("POST", plan + "/lock", "evaluator", "{\"theme\": \"hope\", \"test\": \"paired-t\", "
                + "\"alpha\": 0.05, \"minimumChange\": 0.3, \"rationale\": \"The course aims at hope first.\"}"));
        assertThat(locked.get("primaryTheme").asString()).isEqualTo("hope");
        assertThat(locked.get("locked").asBoolean()).isTrue();
        assertThat(locked.get("lockedByRole").asString()).isEqualTo("evaluator");
        assertThat(locked.get("rationale").asString()).isEqualTo("The course aims at hope first.");

        HttpResponse<String> again = send("PUT", plan, "evaluator", "{\"theme\": \"goals\", \"test\": \"paired-t\", \"alpha\": 0.05, "
                + "\"minimumChange\": 0.3}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("can no longer be changed");
        assertThat(send("POST", plan + "/lock", "evaluator", null).statusCode()).isEqualTo(409);
        assertThat(ok(send("GET", plan, "admin", null)).get("editable").asBoolean()).isFalse();
        assertThat(send("GET", plan, "manager", null).statusCode()).isEqualTo(403);
    }

    @Test
    void theReportsJsonLeadsWithTheLockedPrimaryOutcome() throws Exception {
        JsonNode report = ok(send("GET", "/api/programmes/recovery-practice-2026/report", "evaluator", null));
        JsonNode plan = report.get("analysisPlan");
        assertThat(plan.get("primaryTheme").asString()).isEqualTo("hope");
        assertThat(plan.get("test").asString()).isEqualTo("paired-t");
        assertThat(plan.get("alpha").asDouble()).isEqualTo(0.05);
        assertThat(plan.get("minimumChange").asDouble()).isEqualTo(0.3);
        assertThat(plan.get("locked").asBoolean()).isTrue();
        assertThat(plan.get("lockedByRole").asString()).isEqualTo("evaluator");
        assertThat(plan.has("lockedBy")).as("the role, never the person").isFalse();

        JsonNode outcome = report.get("primaryOutcome");
        JsonNode hope = StreamSupport.stream(report.get("themes").spliterator(), false)
                .filter(t -> t.get("key").asString().equals("hope")).findFirst().orElseThrow();
        assertThat(outcome.get("status").asString()).isEqualTo("result");
        assertThat(outcome.get("theme").asString()).isEqualTo("hope");
        assertThat(outcome.get("group").asString()).isEqualTo("All teams");
        assertThat(outcome.get("pairs").asInt()).isEqualTo(hope.get("pairs").asInt());
        assertThat(outcome.get("meanChange").asDouble()).isEqualTo(hope.get("meanChange").asDouble());
        assertThat(outcome.get("ciLow").asDouble()).isEqualTo(hope.get("ciLow").asDouble());
        assertThat(outcome.get("p").asDouble()).isEqualTo(hope.get("tP").asDouble());
        assertThat(outcome.get("belowAlpha").asBoolean()).isEqualTo(hope.get("tP").asDouble() < 0.05);
        assertThat(outcome.get("reachesMinimumChange").asBoolean()).isEqualTo(hope.get("meanChange").asDouble() >= 0.3);
        assertThat(outcome.get("summary").asString()).startsWith("Primary outcome, chosen in advance")
                .endsWith("Every other figure in this report is exploratory.");

        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/programmes/recovery-practice-2026/report.pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("evaluator:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        PdfTextExtractor text = new PdfTextExtractor(new PdfReader(pdf.body()));
        assertThat(text.getTextFromPage(1).replaceAll("\\s+", " ")).contains("Primary outcome (chosen in advance)",
                "Primary outcome, chosen in advance", "Hope and belief in recovery for all");
    }

    @Test
    void aReportWithoutAPlanSaysSoInItsJson() throws Exception {
        JsonNode report = ok(send("GET", "/api/programmes/plan-api-none/report", "evaluator", null));
        assertThat(report.get("analysisPlan").isNull()).isTrue();
        assertThat(report.get("primaryOutcome").get("status").asString()).isEqualTo("no-plan");
        assertThat(report.get("primaryOutcome").get("p").isNull()).isTrue();
        assertThat(report.get("primaryOutcome").get("summary").asString())
                .startsWith("No analysis plan was locked for this programme");
    }
}
