package org.lantern.reports;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.surveys.ResponseImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.LanternTest;
import org.lantern.surveys.Programmes;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The report API over real HTTP: the documented JSON shape, hidden figures as null, access per role, and the files. */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {

    static final String DEMO = "/api/programmes/recovery-practice-2026/report";
    static final String SMALL = "/api/programmes/report-api/report";

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
    void createProgrammeWithASmallTeam() {
        // committed (the server answers in its own transactions); its own keys and team names
        if (programmes.programme("report-api").isEmpty()) {
            ReportFixtures.released(account("evaluator"), programmes, responseImport, releases, "report-api", List.of("Api Alpha", "Api Bravo", "Api Charlie"), new int[]{9, 6, 3}, 21);
        }
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> post(String path, String user, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode getJson(String path, String user) throws Exception {
        HttpResponse<byte[]> response = get(path, user);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static String team(String name) {
        return "?team=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    @Test
    void theJsonHasTheDocumentedShape() throws Exception {
        JsonNode report = getJson(DEMO, "evaluator");
        assertThat(names(report)).containsAll(List.of("programme", "before", "after", "response", "items", "themes", "teams"));
        assertThat(report.get("programme").asString()).isEqualTo("recovery-practice-2026");
        assertThat(report.get("before").asString()).isEqualTo("before");
        assertThat(report.get("after").asString()).isEqualTo("after");
        assertThat(report.get("team").isNull()).isTrue();
        assertThat(report.get("minGroupSize").asInt()).isEqualTo(5);
        assertThat(names(report.get("release"))).containsAll(List.of("version", "releasedAt", "releasedBy", "responsesBefore",
                "responsesAfter", "paperBefore", "paperAfter", "newResponses", "hiddenFigures", "imports"));
        assertThat(report.get("release").get("version").asInt()).isEqualTo(1);
        assertThat(names(report.get("response"))).containsAll(List.of("invited", "respondedBefore", "respondedAfter", "matched",
                "responseRateBefore", "responseRateAfter", "suppressed"));

        JsonNode item = report.get("items").get(0);
        assertThat(names(item)).containsAll(List.of("key", "theme", "pairs", "beforeMean", "afterMean", "meanChange", "sdChange",
                "ciLow", "ciHigh", "tP", "wilcoxonP", "dz", "suppressed", "hidden"));
        assertThat(item.get("key").asString()).isEqualTo("hope-1");
        assertThat(item.get("theme").asString()).isEqualTo("hope");
        assertThat(item.get("pairs").isInt()).isTrue();
        assertThat(item.get("meanChange").isNumber()).isTrue();
        assertThat(item.get("suppressed").asBoolean()).isFalse();
        assertThat(report.get("items")).hasSize(24);

        JsonNode theme = report.get("themes").get(0);
        assertThat(names(theme)).containsAll(List.of("key", "pairs", "beforeMean", "afterMean", "meanChange", "ciLow", "ciHigh",
                "tP", "wilcoxonP", "dz", "suppressed"));
        assertThat(theme.get("ciLow").asDouble()).isLessThan(theme.get("meanChange").asDouble());
        assertThat(theme.get("ciHigh").asDouble()).isGreaterThan(theme.get("meanChange").asDouble());

        assertThat(report.get("teams")).hasSize(3);
        JsonNode team = report.get("teams").get(0);
        assertThat(names(team)).containsAll(List.of("name", "pairs", "suppressed", "themes"));
        assertThat(team.get("name").asString()).isEqualTo("Acute Ward Two");
        assertThat(names(team.get("themes").get(0))).containsAll(names(theme));
        assertThat(report.get("choiceItems")).hasSize(6);
        assertThat(names(report.get("choiceItems").get(0))).contains("beforePercentCorrect", "afterPercentCorrect", "suppressed");
    }

    @Test
    void theFollowUpDemoCarriesThenTestFiguresInsideItsThemesAndQuestions() throws Exception {
        assertThat(getJson(DEMO, "evaluator").get("themes").get(0).get("thenTest").isNull()).as("version 1 asks no then-test").isTrue();
        JsonNode report = getJson("/api/programmes/recovery-follow-up-2025/report", "evaluator");
        JsonNode hope = report.get("themes").get(0);
        assertThat(hope.get("key").asString()).isEqualTo("hope");
        JsonNode then = hope.get("thenTest");
        assertThat(names(then)).containsAll(List.of("people", "questions", "beforeMean", "thenMean", "afterMean",
                "thenVsPostMeanChange", "thenVsPostCiLow", "thenVsPostCiHigh", "thenVsPostTP", "thenVsPostWilcoxonP", "thenVsPostDz",
                "preVsPostMeanChange", "preVsPostTP", "preVsPostWilcoxonP", "preVsPostDz", "responseShift", "responseShiftTP",
                "suppressed", "hidden"));
        assertThat(then.get("suppressed").asBoolean()).as("the demo's then-test group is shown for all teams").isFalse();
        assertThat(then.get("questions").asInt()).isEqualTo(4);
        assertThat(then.get("people").asInt()).isPositive();
        assertThat(then.get("responseShift").asDouble()).as("the demo's people judge their past selves lower").isNegative();
        assertThat(then.get("thenVsPostMeanChange").asDouble()).as("so the change looking back is larger")
                .isGreaterThan(then.get("preVsPostMeanChange").asDouble());
        assertThat(then.get("responseShift").asDouble() + then.get("thenVsPostMeanChange").asDouble())
                .isCloseTo(then.get("preVsPostMeanChange").asDouble(), org.assertj.core.api.Assertions.within(1e-9));
        JsonNode strengths = report.get("themes").get(2);
        assertThat(strengths.get("key").asString()).isEqualTo("strengths");
        assertThat(strengths.get("thenTest").isNull()).as("no then-test questions in this theme").isTrue();
        JsonNode hope1 = report.get("items").get(0);
        assertThat(hope1.get("key").asString()).isEqualTo("hope-1");
        assertThat(hope1.get("thenTest").get("questions").asInt()).isEqualTo(1);
        assertThat(hope1.get("thenTest").get("people").asInt()).isEqualTo(then.get("people").asInt());
    }

    @Test
    void theThreeWaveDemoProgrammeCarriesItsTrendWithTheDocumentedNames() throws Exception {
        assertThat(getJson(DEMO, "evaluator").get("trend").isNull()).as("two waves: no trend").isTrue();
        JsonNode trend = getJson("/api/programmes/recovery-follow-up-2025/report", "evaluator").get("trend");
        assertThat(trend.get("waves").toString()).isEqualTo("[\"baseline\",\"end-of-training\",\"six-month-follow-up\"]");
        assertThat(names(trend)).containsAll(List.of("waves", "cohortRule", "everyoneRule", "themes", "items"));
        assertThat(trend.get("items")).hasSize(24);
        JsonNode hope = trend.get("themes").get(0);
        assertThat(hope.get("key").asString()).isEqualTo("hope");
        assertThat(names(hope)).containsAll(List.of("waves", "friedmanChiSquare", "friedmanDf", "friedmanP", "kendallW", "vsBaseline",
                "everyone", "suppressed", "hidden"));
        assertThat(hope.get("suppressed").asBoolean()).as("the demo's cohort is shown for all teams").isFalse();
        assertThat(hope.get("friedmanDf").asInt()).isEqualTo(2);
        assertThat(hope.get("kendallW").asDouble()).isBetween(0.0, 1.0);
        assertThat(hope.get("friedmanP").asDouble()).as("the demo's scores rise and stay up").isLessThan(0.05);
        JsonNode first = hope.get("waves").get(0);
        assertThat(names(first)).containsAll(List.of("wave", "n", "mean", "ciLow", "ciHigh"));
        assertThat(first.get("ciLow").asDouble()).isLessThan(first.get("mean").asDouble());
        assertThat(hope.get("waves").get(2).get("n").asInt()).isEqualTo(first.get("n").asInt());
        JsonNode later = hope.get("vsBaseline").get(1);
        assertThat(names(later)).containsAll(List.of("wave", "meanChange", "tP", "wilcoxonP", "holmTP", "holmWilcoxonP"));
        assertThat(later.get("wave").asString()).isEqualTo("six-month-follow-up");
        assertThat(later.get("holmTP").asDouble()).isGreaterThanOrEqualTo(later.get("tP").asDouble());
        assertThat(hope.get("everyone").get(0).get("n").asInt()).as("everyone at the baseline includes people who left")
                .isGreaterThan(first.get("n").asInt());
    }

    @Test
    void themesAndQuestionsCarryAdjustedPValuesEffectSizesAndReliability() throws Exception {
        JsonNode report = getJson(DEMO, "evaluator");
        JsonNode theme = report.get("themes").get(0);
        assertThat(names(theme)).containsAll(List.of("holmTP", "holmWilcoxonP", "dzCiLow", "dzCiHigh", "hedgesGz", "rankBiserial",
                "reliability"));
        assertThat(theme.get("holmTP").asDouble()).isGreaterThanOrEqualTo(theme.get("tP").asDouble());
        assertThat(theme.get("dzCiLow").asDouble()).isLessThan(theme.get("dz").asDouble());
        assertThat(theme.get("dzCiHigh").asDouble()).isGreaterThan(theme.get("dz").asDouble());
        assertThat(Math.abs(theme.get("hedgesGz").asDouble())).isLessThan(Math.abs(theme.get("dz").asDouble()));
        JsonNode before = theme.get("reliability").get("before");
        assertThat(names(before)).containsAll(List.of("n", "cronbachAlpha", "alphaCiLow", "alphaCiHigh", "omega", "lowReliability",
                "alphaUndefined", "suppressed"));
        assertThat(before.get("cronbachAlpha").isNumber()).isTrue();
        assertThat(before.get("alphaCiLow").asDouble()).isLessThan(before.get("cronbachAlpha").asDouble());
        assertThat(before.get("lowReliability").asBoolean()).isEqualTo(before.get("cronbachAlpha").asDouble() < 0.7);

        JsonNode item = report.get("items").get(0);
        assertThat(names(item)).containsAll(List.of("bhTP", "bhWilcoxonP", "dzCiLow", "dzCiHigh", "hedgesGz", "rankBiserial",
                "reliability"));
        assertThat(item.get("bhTP").asDouble()).isGreaterThanOrEqualTo(item.get("tP").asDouble());
        assertThat(names(item.get("reliability").get("after"))).containsAll(List.of("itemTotal", "alphaIfDeleted", "suppressed"));
        assertThat(item.get("reliability").get("after").get("itemTotal").isNumber()).isTrue();

        JsonNode charlie = getJson(SMALL, "evaluator").get("teams").get(2);
        JsonNode hidden = charlie.get("themes").get(0);
        assertThat(hidden.get("holmTP").isNull()).isTrue();
        assertThat(hidden.get("dzCiLow").isNull()).isTrue();
        assertThat(hidden.get("reliability").get("before").get("cronbachAlpha").isNull()).isTrue();
        assertThat(hidden.get("reliability").get("before").get("suppressed").asBoolean()).isTrue();
        assertThat(hidden.get("reliability").get("before").get("hidden").asString()).isEqualTo("too-few");
        assertThat(charlie.get("items").get(0).get("reliability").get("before").get("itemTotal").isNull()).isTrue();
    }

    @Test
    void hiddenFiguresAreNullAndMarkedSuppressed() throws Exception {
        JsonNode report = getJson(SMALL, "evaluator");
        List<String> teams = new ArrayList<>();
        report.get("teams").forEach(t -> teams.add(t.get("name").asString()));
        assertThat(teams).containsExactly("Api Alpha", "Api Bravo", "Api Charlie");
        JsonNode alpha = report.get("teams").get(0);
        JsonNode bravo = report.get("teams").get(1);
        JsonNode charlie = report.get("teams").get(2);
        assertThat(alpha.get("suppressed").asBoolean()).isFalse();
        assertThat(alpha.get("pairs").asInt()).isEqualTo(9);
        for (JsonNode hidden : List.of(bravo, charlie)) {
            assertThat(hidden.get("suppressed").asBoolean()).isTrue();
            assertThat(hidden.get("pairs").isNull()).isTrue();
            JsonNode theme = hidden.get("themes").get(0);
            assertThat(theme.get("suppressed").asBoolean()).isTrue();
            assertThat(theme.get("hidden").asString()).isIn("too-few", "protects-others");
            for (String field : List.of("pairs", "beforeMean", "afterMean", "meanChange", "ciLow", "ciHigh", "tP", "wilcoxonP", "dz")) {
                assertThat(theme.has(field)).as(field).isTrue();
                assertThat(theme.get(field).isNull()).as(field).isTrue();
            }
        }
        assertThat(report.get("items").get(0).get("pairs").asInt()).isEqualTo(18);

        JsonNode charlieOnly = getJson(SMALL + team("Api Charlie"), "evaluator");
        assertThat(charlieOnly.get("team").asString()).isEqualTo("Api Charlie");
        assertThat(charlieOnly.get("items").get(0).get("meanChange").isNull()).isTrue();
        assertThat(charlieOnly.get("items").get(0).get("suppressed").asBoolean()).isTrue();
        assertThat(charlieOnly.get("response").get("matched").isNull()).isTrue();
        assertThat(charlieOnly.get("response").get("suppressed").asBoolean()).isTrue();
    }

    @Test
    void managersGetOnlyTheirOwnTeamsAndStaffNothing() throws Exception {
        JsonNode own = getJson(DEMO, "manager");
        assertThat(own.get("team").asString()).isEqualTo("Community Team North");
        assertThat(own.get("teams")).hasSize(1);
        assertThat(own.get("teams").get(0).get("name").asString()).isEqualTo("Community Team North");
        assertThat(getJson(DEMO + team("Supported Living East"), "manager").get("team").asString()).isEqualTo("Supported Living East");
        assertThat(getJson(DEMO, "ward.manager").get("team").asString()).isEqualTo("Acute Ward Two");
        assertThat(own.get("release").get("responsesBefore").asInt()).as("no programme totals for managers").isZero();

        HttpResponse<byte[]> refused = get(DEMO + team("Community Team North"), "ward.manager");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"You can only see reports for teams you manage.\"}");
        assertThat(get(DEMO + ".csv" + team("Acute Ward Two"), "manager").statusCode()).isEqualTo(403);
        assertThat(get(SMALL, "manager").statusCode()).isEqualTo(403);
        for (String user : List.of("staff", "editor")) {
            assertThat(get(DEMO, user).statusCode()).as(user).isEqualTo(403);
            assertThat(get(DEMO + ".pdf", user).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(get(DEMO, null).statusCode()).isEqualTo(401);
        // the report rule opens nothing else under /api/programmes to managers
        assertThat(get("/api/programmes", "manager").statusCode()).isEqualTo(403);
        assertThat(get("/api/programmes/recovery-practice-2026", "manager").statusCode()).isEqualTo(403);
    }

    @Test
    void badRequestsGetJsonErrors() throws Exception {
        HttpResponse<byte[]> missing = get("/api/programmes/nope/report", "evaluator");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"No programme with the key 'nope'.\"}");
        assertThat(get(DEMO + "?before=middle", "evaluator").statusCode()).isEqualTo(400);
        assertThat(get(DEMO + "?before=after&after=before", "evaluator").statusCode()).isEqualTo(400);
        assertThat(get(DEMO + team("Nowhere"), "evaluator").statusCode()).isEqualTo(400);
        assertThat(get(DEMO + "?before=before&after=after", "admin").statusCode()).isEqualTo(200);
        assertThat(get(DEMO + "?release=9", "evaluator").statusCode()).isEqualTo(404);
    }

    @Test
    void releasesAreMadeOnlyFromClosedWavesAndListed() throws Exception {
        // the demo pilot's before wave is open: nothing released, nothing to read
        HttpResponse<byte[]> none = get("/api/programmes/strengths-pilot/report", "evaluator");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(new String(none.body(), StandardCharsets.UTF_8)).startsWith("{\"error\":\"No figures have been released yet");
        HttpResponse<byte[]> open = post("/api/programmes/strengths-pilot/releases", "evaluator", null);
        assertThat(open.statusCode()).isEqualTo(409);
        assertThat(new String(open.body(), StandardCharsets.UTF_8)).contains("survey is open until");
        HttpResponse<byte[]> again = post("/api/programmes/recovery-practice-2026/releases?before=before&after=after", "evaluator", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(new String(again.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":\"Nothing new to release: no responses have arrived since release 1.\"}");
        assertThat(post("/api/programmes/recovery-practice-2026/releases", "manager", null).statusCode()).isEqualTo(403);

        if (programmes.programme("report-api-release").isEmpty()) {
            ReportFixtures.programme(account("evaluator"), programmes, responseImport, "report-api-release", List.of("Api Release Team"), new int[]{8}, 23);
        }
        JsonNode comments = json.readTree(get("/api/programmes/report-api-release/releases/comments", "evaluator").body());
        assertThat(comments).hasSize(8);
        String removed = comments.get(0).get("id").asString();
        HttpResponse<byte[]> made = post("/api/programmes/report-api-release/releases", "evaluator",
                "{\"remove\": [\"" + removed + "\"]}");
        assertThat(made.statusCode()).as(new String(made.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode body = json.readTree(made.body());
        assertThat(body.get("release").get("version").asInt()).isEqualTo(1);
        assertThat(body.get("report").get("team").isNull()).isTrue();
        JsonNode list = getJson("/api/programmes/report-api-release/releases", "evaluator");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("before").asString()).isEqualTo("before");
        assertThat(list.get(0).get("release").get("releasedBy").asString()).isEqualTo("Evan Evaluator");
        JsonNode written = getJson("/api/programmes/report-api-release/report", "evaluator").get("comments");
        List<Integer> removedCounts = new ArrayList<>();
        written.forEach(c -> removedCounts.add(c.get("removed").asInt()));
        assertThat(removedCounts).contains(1);
    }

    @Test
    void theSameReportComesAsCsvXlsxAndPdf() throws Exception {
        HttpResponse<byte[]> csv = get(SMALL + ".csv", "evaluator");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "report-report-api-before-after-release-1.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(1 + 36 * 4);
        assertThat(text).contains("report-api,before,after,1,Api Charlie,item,hope-1,hope,");

        HttpResponse<byte[]> xlsx = get(SMALL + ".xlsx" + team("Api Alpha"), "evaluator");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("report-report-api-before-after-release-1-api-alpha.xlsx");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        HttpResponse<byte[]> pdf = get(DEMO + ".pdf", "manager");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        String firstPage = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(firstPage).contains("Recovery in practice 2026", "Team: Community Team North").doesNotContain("Acute Ward Two");

        assertThat(get(SMALL + ".docx", "evaluator").statusCode()).isEqualTo(404);
    }

    @Test
    void unlinkedResponsesAreAnIndependentSamplesObjectInEachThemeApartFromThePairedFigures() throws Exception {
        // the demo programme holds 6 + 7 anonymous paper forms of Community Team North, without a code
        JsonNode report = getJson("/api/programmes/recovery-practice-2026/report", "evaluator");
        JsonNode theme = report.get("themes").get(0);
        JsonNode unlinked = theme.get("unlinked");
        assertThat(names(unlinked)).containsAll(List.of("evidence", "welchT", "welchDf", "welchP", "mannWhitneyU", "mannWhitneyP",
                "hedgesG", "hedgesGCiLow", "hedgesGCiHigh", "rankBiserial", "commonLanguage", "nBefore", "nAfter", "nUnlinkedBefore",
                "nUnlinkedAfter", "hidden"));
        assertThat(unlinked.get("evidence").asString()).isEqualTo("weaker evidence: not the same people");
        assertThat(unlinked.get("hidden").isNull()).isTrue();
        assertThat(unlinked.get("nUnlinkedBefore").asInt()).isEqualTo(6);
        assertThat(unlinked.get("nUnlinkedAfter").asInt()).isEqualTo(7);
        assertThat(unlinked.get("nBefore").asInt()).as("everyone before = the people with a code + the forms without one")
                .isEqualTo(theme.get("beforeN").asInt() + 6);
        assertThat(unlinked.get("nAfter").asInt()).isEqualTo(theme.get("afterN").asInt() + 7);
        assertThat(theme.get("pairs").asInt()).as("the paired figures never hold forms without a code")
                .isLessThanOrEqualTo(Math.min(theme.get("beforeN").asInt(), theme.get("afterN").asInt()));
        assertThat(report.get("items").get(0).get("unlinked").get("welchP").isNumber()).isTrue();
        // a release whose waves hold none has no such object
        JsonNode other = getJson("/api/programmes/report-api/report", "evaluator");
        assertThat(other.get("themes").get(0).get("unlinked").isNull()).isTrue();
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
