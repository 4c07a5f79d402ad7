package org.lantern.reports.privacy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The API over real HTTP with HTTP Basic (every account the tests use has the password "demo"). */
final class Http {

    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    Http(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    /** A GET as {@code user} with their own password: it signs them in (every API call does). */
    HttpResponse<String> get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build());
    }

    HttpResponse<String> post(String path, String user, String contentType, String body) {
        return send(request(path, user).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    /** The report of a pair of waves: a release (or the latest), all teams or one. */
    static String report(String programme, String before, String after, String team, Integer release) {
        StringBuilder path = new StringBuilder("/api/programmes/" + programme + "/report?before=" + before + "&after=" + after);
        if (team != null) {
            path.append("&team=").append(URLEncoder.encode(team, StandardCharsets.UTF_8));
        }
        if (release != null) {
            path.append("&release=").append(release);
        }
        return path.toString();
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
