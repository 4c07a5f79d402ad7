package org.lantern.people.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.people.PeopleService;
import org.lantern.people.ScimTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SCIM 2.0 over real HTTP, as Microsoft Entra ID's provisioning service calls it: create a user (userName is the
 * sign-in address; the account's user name is its part before the @), find them by userName, disable them with {@code PATCH active "False"} (capitalised {@code Replace}), add and remove them as a
 * team's member; and the refusals: no or a revoked token 401, a bad filter 400 {@code invalidFilter}, a duplicate
 * userName 409, an unknown id 404, an administrator role 400.
 */
@LanternTest
class ScimTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ScimTokens tokens;
    @Autowired
    PeopleService people;

    private String token;

    @BeforeEach
    void token() {
        token = tokens.create(admin(), "Entra ID test " + UUID.randomUUID()).secret();
    }

    private Account admin() {
        return people.findByUsername("admin").orElseThrow();
    }

    private HttpResponse<String> call(String method, String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/scim/v2" + path))
                .header("Content-Type", "application/scim+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return call(method, path, body, "Bearer " + token);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static String userJson(String userName) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"externalId":"%s","userName":"%s@trust.example",
                 "active":true,"displayName":"Alex Entra","name":{"givenName":"Alex","familyName":"Entra"},
                 "emails":[{"primary":true,"type":"work","value":"%s@trust.example"}]}
                """.formatted(UUID.randomUUID(), userName, userName);
    }

    private static String unique() {
        return "scim-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anEntraLikeSequenceCreatesFindsDisablesAndMovesAPerson() throws Exception {
        String name = unique();
        HttpResponse<String> created = call("POST", "/Users", userJson(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/scim+json"));
        String id = json(created).get("id").asText();
        assertThat(json(created).get("userName").asText()).isEqualTo(name);
        assertThat(people.findByUsername(name)).hasValueSatisfying(a -> {
            assertThat(a.displayName()).isEqualTo("Alex Entra");
            assertThat(a.roles()).containsExactly(Role.STAFF);
            assertThat(a.enabled()).isTrue();
        });

        HttpResponse<String> found = call("GET", "/Users?filter=" + URLEncoder.encode("userName eq \"" + name + "@trust.example\"",
                StandardCharsets.UTF_8) + "&startIndex=1&count=10", null);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(json(found).get("totalResults").asInt()).isEqualTo(1);
        assertThat(json(found).get("Resources").get(0).get("id").asText()).isEqualTo(id);
        assertThat(json(found).get("Resources").get(0).get("emails").get(0).get("value").asText()).isEqualTo(name + "@trust.example");

        String team = "SCIM team " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> group = call("POST", "/Groups", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"" + team + "\",\"members\":[]}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String groupId = json(group).get("id").asText();
        HttpResponse<String> added = call("PATCH", "/Groups/" + groupId, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}]}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(json(added).get("members").get(0).get("value").asText()).isEqualTo(id);
        assertThat(people.findByUsername(name).orElseThrow().teams()).extracting(Account.TeamMembership::teamName).containsExactly(team);

        HttpResponse<String> disabled = call("PATCH", "/Users/" + id, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(json(disabled).get("active").asBoolean()).isFalse();
        assertThat(people.findByUsername(name).orElseThrow().enabled()).isFalse();

        HttpResponse<String> removed = call("PATCH", "/Groups/" + groupId, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + id + "\\\"]\"}]}");
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(people.findByUsername(name).orElseThrow().teams()).isEmpty();

        assertThat(call("DELETE", "/Users/" + id, null).statusCode()).isEqualTo(204);
        assertThat(people.findByUsername(name)).as("disabled, never deleted").isPresent();
    }

    @Test
    void aBadOrRevokedTokenIsRefused() throws Exception {
        assertThat(call("GET", "/Users", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = call("GET", "/Users", null, "Bearer lantern-scim-not-a-real-token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("schemas").get(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(json(wrong).get("status").asText()).isEqualTo("401");
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        assertThat(call("GET", "/Users", null, basic).statusCode()).as("a person's password never opens SCIM").isEqualTo(401);

        ScimTokens.Issued revoked = tokens.create(admin(), "to revoke");
        assertThat(call("GET", "/ServiceProviderConfig", null, "Bearer " + revoked.secret()).statusCode()).isEqualTo(200);
        tokens.revoke(admin(), revoked.token().id());
        assertThat(call("GET", "/ServiceProviderConfig", null, "Bearer " + revoked.secret()).statusCode()).isEqualTo(401);
    }

    @Test
    void refusalsHaveScimsStatusAndType() throws Exception {
        HttpResponse<String> filter = call("GET", "/Users?filter=" + URLEncoder.encode("userName sw \"a\"", StandardCharsets.UTF_8), null);
        assertThat(filter.statusCode()).isEqualTo(400);
        assertThat(json(filter).get("scimType").asText()).isEqualTo("invalidFilter");
        HttpResponse<String> garbled = call("GET", "/Users?filter=" + URLEncoder.encode("userName eq", StandardCharsets.UTF_8), null);
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(json(garbled).get("scimType").asText()).isEqualTo("invalidFilter");

        String name = unique();
        assertThat(call("POST", "/Users", userJson(name)).statusCode()).isEqualTo(201);
        HttpResponse<String> duplicate = call("POST", "/Users", userJson(name));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(json(duplicate).get("scimType").asText()).isEqualTo("uniqueness");

        assertThat(call("GET", "/Users/999999999", null).statusCode()).isEqualTo(404);
        assertThat(json(call("GET", "/Users/999999999", null)).get("status").asText()).isEqualTo("404");

        HttpResponse<String> admin = call("POST", "/Users", userJson(unique()).replace("\"active\":true",
                "\"active\":true,\"roles\":[{\"value\":\"admin\"}]"));
        assertThat(admin.statusCode()).isEqualTo(400);
        assertThat(json(admin).get("detail").asText()).contains("never gives administrator rights");
    }

    @Test
    void anAdministratorKeepsTheirRightsAndCannotBeDisabledOverScim() throws Exception {
        String name = unique();
        Account admin = people.createAccount(new org.lantern.people.NewAccount(name, "Ada Admin", "a long enough password",
                java.util.EnumSet.of(Role.ADMIN, Role.STAFF), java.util.Set.of(), java.util.Set.of()));
        String patch = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[%s]}";

        HttpResponse<String> renamed = call("PATCH", "/Users/" + admin.id(),
                patch.formatted("{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Ada Renamed\"}"));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(people.findByUsername(name).orElseThrow().roles()).contains(Role.ADMIN);
        assertThat(people.findByUsername(name).orElseThrow().displayName()).isEqualTo("Ada Renamed");

        HttpResponse<String> disabled = call("PATCH", "/Users/" + admin.id(),
                patch.formatted("{\"op\":\"Replace\",\"path\":\"active\",\"value\":false}"));
        assertThat(disabled.statusCode()).isEqualTo(400);
        assertThat(people.findByUsername(name).orElseThrow().enabled()).isTrue();
    }

    @Test
    void discoveryDescribesWhatLanternSupports() throws Exception {
        JsonNode config = json(call("GET", "/ServiceProviderConfig", null));
        assertThat(config.get("patch").get("supported").asBoolean()).isTrue();
        assertThat(config.get("bulk").get("supported").asBoolean()).isFalse();
        assertThat(json(call("GET", "/ResourceTypes", null)).get("Resources")).extracting(n -> n.get("endpoint").asText())
                .containsExactly("/Users", "/Groups");
        assertThat(json(call("GET", "/Schemas", null)).get("totalResults").asInt()).isEqualTo(2);
    }

    @Test
    void onlyAdministratorsManageTokens() {
        Account staff = people.findByUsername("staff").orElseThrow();
        assertThatThrownBy(() -> tokens.create(staff, "sneaky"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
