package org.lantern.audit;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real HTTP against the test server: HTTP Basic API calls and sign-in form posts. */
final class Http {

    private final HttpClient client;
    private final int port;

    Http(int port) {
        this(port, null);
    }

    /**
     * Requests sent from {@code from}, e.g. 127.0.0.2: every 127.x.y.z address reaches this machine, so
     * a test can play a second client at another address.
     */
    Http(int port, java.net.InetAddress from) {
        this.port = port;
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (from != null) {
            builder.localAddress(from);
        }
        this.client = builder.build();
    }

    HttpResponse<byte[]> api(String path, String user, String password, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts the sign-in form as the browser does; answers with the redirect. */
    HttpResponse<String> signIn(String user, String password) throws Exception {
        return signIn("/login", user, password);
    }

    /** Posts the sign-in form to {@code path}, which may be another spelling of {@code /login}. */
    HttpResponse<String> signIn(String path, String user, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
