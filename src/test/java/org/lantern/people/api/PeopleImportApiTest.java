package org.lantern.people.api;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/people/import} over real HTTP, as a nightly job calls it, per role. */
@LanternTest
class PeopleImportApiTest {

    private static final String HEADER = "username,display_name,email,teams,roles,manages,active\n";

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String query, String user, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/people/import" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String query, String user, String csv) throws Exception {
        return post(query, user, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDryRunAnswersThePlanTheImportAppliesItAndARepeatChangesNothing() throws Exception {
        people.createTeam("Api Import Ward", null);
        String csv = HEADER + "api.imp1,Api One,one@trust.example,Api Import Ward,staff,,true\n"
                + "api.imp2,Api Two,,Api Import Ward,staff;nurse,,true\n";

        HttpResponse<String> dryRun = post("?dryRun=true", "admin", csv);
        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(dryRun.body()).isEqualTo("{\"dryRun\":true,\"created\":1,\"changed\":0,\"disabled\":0,\"unchanged\":0,"
                + "\"teamsCreated\":[],\"rejected\":[{\"line\":3,\"reason\":\"'api.imp2': 'nurse' is not a role: use staff, "
                + "manager, evaluator or editor, separated by ;.\"}],\"people\":[{\"line\":2,\"username\":\"api.imp1\","
                + "\"change\":\"new\",\"changes\":[\"roles: staff\",\"teams: Api Import Ward\"]}],\"ignoredColumns\":[]}");
        assertThat(people.findByUsername("api.imp1")).isEmpty();

        HttpResponse<String> applied = post("", "admin", csv);
        assertThat(applied.body()).startsWith("{\"dryRun\":false,\"created\":1,\"changed\":0,\"disabled\":0,\"unchanged\":0,");
        assertThat(people.findByUsername("api.imp1")).isPresent();
        assertThat(post("", "admin", csv).body()).startsWith("{\"dryRun\":false,\"created\":0,\"changed\":0,\"disabled\":0,"
                + "\"unchanged\":1,");
    }

    @Test
    void onlyAdministratorsMayImportAndBadFilesGetAClearError() throws Exception {
        String csv = HEADER + "api.nobody,Nobody,,,staff,,true\n";
        for (String user : new String[]{"staff", "manager", "evaluator", "editor"}) {
            assertThat(post("?dryRun=true", user, csv).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(post("?dryRun=true", null, csv).statusCode()).isEqualTo(401);

        HttpResponse<String> missing = post("", "admin", "username,display_name\napi.x,X\n");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).startsWith("{\"error\":\"Line 1 has no 'email', 'teams', 'roles', 'manages', 'active' columns.");
        assertThat(post("", "admin", "text/plain", csv.getBytes(StandardCharsets.UTF_8)).statusCode())
                .as("a type an HTML form can send").isEqualTo(415);
        HttpResponse<String> tooBig = post("", "admin", "text/csv", new byte[10 * 1024 * 1024 + 1]);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(tooBig.body()).startsWith("{\"error\":\"The file is larger than 10 MB.");
        assertThat(people.findByUsername("api.nobody")).isEmpty();
    }
}
