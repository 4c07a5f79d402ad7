package org.lantern.stories;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The story API contract over real HTTP. */
@LanternTest
class StoriesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;

    @Autowired
    StoryWriting writing;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void searchReturnsExactlyTheDocumentedShape() throws Exception {
        HttpResponse<String> response = get("/api/stories?q=" + URLEncoder.encode("bus pass", StandardCharsets.UTF_8)
                + "&theme=positive-risk-taking&page=1&size=5", "staff");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode root = JSON.readTree(response.body());
        assertThat(names(root)).containsExactly("total", "hits", "facets");
        assertThat(root.get("total").asLong()).isPositive();
        JsonNode hit = root.get("hits").get(0);
        assertThat(names(hit)).containsExactly("slug", "title", "summary", "snippet", "themes", "setting", "role", "score");
        assertThat(hit.get("slug").asString()).isEqualTo("a-the-bus-pass");
        assertThat(hit.get("snippet").asString()).contains("<mark>");
        assertThat(hit.get("themes").isArray()).isTrue();
        assertThat(hit.get("score").isNumber()).isTrue();
        assertThat(names(root.get("facets"))).containsExactly("theme", "setting", "role");
        assertThat(root.get("facets").get("theme").get("positive-risk-taking").asInt()).isEqualTo(root.get("total").asInt());
    }

    @Test
    void pagesDoNotOverlapAndCoverEverything() throws Exception {
        JsonNode all = JSON.readTree(get("/api/stories?size=100", "manager").body());
        int total = all.get("total").asInt();
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= (total + 19) / 20; page++) {
            JSON.readTree(get("/api/stories?size=20&page=" + page, "manager").body()).get("hits")
                    .forEach(h -> paged.add(h.get("slug").asString()));
        }
        assertThat(paged).hasSize(total).doesNotHaveDuplicates();
        assertThat(JSON.readTree(get("/api/stories?size=20&page=" + (total / 20 + 5), "manager").body()).get("hits")).isEmpty();
    }

    @Test
    void withoutCredentialsTheApiAnswers401() throws Exception {
        for (String path : List.of("/api/stories", "/api/stories/a-the-bus-pass")) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).startsWith("{\"error\":");
        }
    }

    @Test
    void unknownAndNotVisibleStoriesAre404() throws Exception {
        assertThat(get("/api/stories/no-such-story", "staff").statusCode()).isEqualTo(404);
        PracticeStory draft = writing.saveDraft(account("staff"), null, StoryLifecycleTest.draft("Api draft ravenholt", "ravenholt"));
        for (String user : List.of("staff", "editor", "manager")) {
            HttpResponse<String> response = get("/api/stories/" + draft.slug(), user);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"error\":\"No published story with that address.\"}");
        }
        writing.withdraw(account("staff"), draft.id());
        HttpResponse<String> found = get("/api/stories/a-the-bus-pass", "evaluator");
        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode story = JSON.readTree(found.body());
        assertThat(story.get("title").asString()).isEqualTo("The bus pass");
        assertThat(story.get("related").isArray()).isTrue();
        assertThat(story.get("related").size()).isPositive();
    }

    @Test
    void malformedQueriesAreTakenAsPlainWordsNeverA500() throws Exception {
        for (String q : List.of("\"bus pass", "(bus pass", "bus) pass]", "bus AND", "OR", "*", "?", "~", "\\", "\"\"", "[a TO",
                "title:", "((((((", "-", "bus^", "pass~x")) {
            HttpResponse<String> response = get("/api/stories?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "staff");
            assertThat(response.statusCode()).as(q).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).has("hits")).isTrue();
        }
        JsonNode unbalanced = JSON.readTree(get("/api/stories?q=" + URLEncoder.encode("\"bus pass", StandardCharsets.UTF_8), "staff").body());
        assertThat(unbalanced.get("hits").get(0).get("slug").asString()).isEqualTo("a-the-bus-pass");
    }

    @Test
    void badParametersAre400() throws Exception {
        assertThat(get("/api/stories?page=0", "staff").statusCode()).isEqualTo(400);
        assertThat(get("/api/stories?size=500", "staff").statusCode()).isEqualTo(400);
        assertThat(get("/api/stories?theme=gardening", "staff").statusCode()).isEqualTo(400);
        assertThat(get("/api/stories?page=x", "staff").statusCode()).isEqualTo(400);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
