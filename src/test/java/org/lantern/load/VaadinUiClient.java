package org.lantern.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal stand-in for a browser running Vaadin Flow's client: it signs in through the real
 * form login, loads pages ({@code v-r=init} creates a UI, the client router's {@code ui-navigate}
 * event renders the route on the server), and sends UIDL requests ({@code v-r=uidl}) with clicks and
 * property changes, exactly as Flow's client does, keeping its own copy of the element tree. It runs
 * no JavaScript and loads no static files (a browser would cache those). One instance is one
 * person's browser tab; not thread-safe.
 */
final class VaadinUiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern META_CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Thrown when a page does not behave as a person would expect; counted as an error. */
    static final class JourneyException extends RuntimeException {
        JourneyException(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final URI base;
    private final LoadFigures figures;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private static final int ROOT_NODE = 1;

    private UiTree tree;
    private int history;
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;

    VaadinUiClient(HttpClient http, URI base, LoadFigures figures) {
        this.http = http;
        this.base = base;
        this.figures = figures;
    }

    /** The note counted for every sign-in Lantern asked to try again in a moment. */
    static final String BUSY_NOTE = "sign-ins asked to try again in a moment";

    UiTree tree() {
        return tree;
    }

    /** A cookie the server (or a load balancer in front of it) set, or null. */
    String cookie(String name) {
        return cookies.get(name);
    }

    /**
     * Opens the sign-in page and posts the form, as the login form's submit button does; false when Lantern
     * asked to try again in a moment because too many people were signing in (counted as a note).
     */
    boolean signIn(String username, String password) {
        HttpResponse<String> page = send("login-page", get("login"));
        expectStatus("login-page", page, 200);
        String csrfParameter = find(META_CSRF_PARAMETER, page.body(), "_csrf");
        String csrf = find(META_CSRF, page.body(), null);
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrf == null ? "" : "&" + encode(csrfParameter) + "=" + encode(csrf));
        HttpResponse<String> posted = send("login-post", request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() == 302 && location.endsWith("/login?busy")) {
            figures.note(BUSY_NOTE);
            return false;
        }
        if (posted.statusCode() != 302 || location.contains("error") || location.contains("/login?")) {
            throw new JourneyException("sign-in refused for " + username + " (status " + posted.statusCode() + ", " + location + ")");
        }
        return true;
    }

    /**
     * Loads a page as a browser does on a full page load: the bootstrap page, then
     * {@code v-r=init}, which creates a UI, then the client router's {@code ui-navigate} event,
     * which renders the route on the server.
     */
    void open(String route) {
        HttpResponse<String> page = send("page", get(route));
        expectStatus("page", page, 200);
        HttpResponse<String> init = send("ui-init", get("?v-r=init&location=" + encode(route) + "&query="
                + "&v-sw=1280&v-sh=900&v-ww=1280&v-wh=800&v-bw=1280&v-bh=800&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false"
                + "&v-tzid=UTC&v-curdate=" + System.currentTimeMillis()));
        expectStatus("ui-init", init, 200);
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode() || !config.has("v-uiId")) {
            throw new JourneyException("ui-init: no UI in the response for " + route);
        }
        uiId = config.get("v-uiId").asInt();
        securityKey = null;
        syncId = 0;
        clientId = 0;
        history = 0;
        tree = new UiTree();
        handle("ui-init", uidl);
        navigate(route, "");   // the client router's trigger for a page load
    }

    /**
     * Follows a link inside the app: Flow's client router intercepts the click and sends a
     * {@code ui-navigate} event to the UI, which renders the new route in the same UI.
     */
    void followLink(String route) {
        navigate(route, "client");
    }

    private void navigate(String route, String trigger) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", ROOT_NODE);
        event.put("event", "ui-navigate");
        ObjectNode data = event.putObject("data");
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "Lantern");
        data.putObject("historyState").put("idx", history++);
        data.put("trigger", trigger);
        uidl("navigate", JSON.createArrayNode().add(event));
    }

    /** Clicks an element (a button): one UIDL request with a click event. */
    void click(String step, UiTree.Node node) {
        ObjectNode event = event(node, "click");
        ObjectNode data = event.putObject("data");
        // The event data expressions Flow's ClickEvent asks for, as a mouse click in a browser gives them
        for (String expression : expressions(node, "click")) {
            switch (expression) {
                case "event.detail", "event.button" -> data.put(expression, expression.equals("event.detail") ? 1 : 0);
                case "event.shiftKey", "event.metaKey", "event.altKey", "event.ctrlKey" -> data.put(expression, false);
                default -> data.put(expression, 0);
            }
        }
        uidl(step, JSON.createArrayNode().add(event));
    }

    /**
     * Presses the confirm button of an open {@code vaadin-confirm-dialog}: the dialog fires
     * {@code confirm} and closes itself, which the browser reports in the same request.
     */
    void confirm(String step, UiTree.Node dialog) {
        ArrayNode rpc = JSON.createArrayNode();
        rpc.add(event(dialog, "confirm"));
        ObjectNode closed = rpc.addObject();
        closed.put("type", "mSync");
        closed.put("node", dialog.id);
        closed.put("feature", 1);
        closed.put("property", "opened");
        closed.put("value", false);
        if (dialog.listeners.containsKey("opened-changed")) {
            rpc.add(event(dialog, "opened-changed"));
        }
        uidl(step, rpc);
    }

    /**
     * Sets a field's {@code value} as a person does: the browser syncs the property and fires the
     * element's {@code value-changed} (or {@code change}) event in one UIDL request.
     */
    void setValue(String step, UiTree.Node node, String value) {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode sync = rpc.addObject();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        for (String eventType : List.of("value-changed", "change")) {
            if (node.listeners.containsKey(eventType)) {
                ObjectNode event = event(node, eventType);
                ObjectNode data = event.putObject("data");
                for (String expression : expressions(node, eventType)) {
                    if (expression.equals("for")) {
                        data.put("for", "trailing");   // the debounce phase that ends typing
                    }
                }
                rpc.add(event);
            }
        }
        uidl(step, rpc);
    }

    private static List<String> expressions(UiTree.Node node, String eventType) {
        JsonNode listener = node.listeners.get(eventType);
        if (listener == null || !listener.isObject()) {
            return List.of();
        }
        return listener.properties().stream().map(Map.Entry::getKey)
                .filter(k -> !k.startsWith("}") && !k.startsWith("]")).toList();
    }

    private ObjectNode event(UiTree.Node node, String eventType) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node.id);
        event.put("event", eventType);
        return event;
    }

    private ObjectNode message(ArrayNode rpc) {
        ObjectNode message = JSON.createObjectNode();
        if (securityKey != null) {
            message.put("csrfToken", securityKey);
        }
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId++);
        return message;
    }

    private void uidl(String step, ArrayNode rpc) {
        if (uiId < 0) {
            throw new JourneyException("no page open");
        }
        HttpResponse<String> response = send(step, post("?v-r=uidl&v-uiId=" + uiId, message(rpc)));
        expectStatus(step, response, 200);
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode json = JSON.readTree(body);
        handle(step, json.isArray() ? json.get(0) : json);
    }

    private void handle(String step, JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError")) {
            throw new JourneyException(step + ": server says " + meta);
        }
        if (uidl.has("clientId") && uidl.get("clientId").asInt() != clientId) {
            throw new JourneyException(step + ": the server expected message " + uidl.get("clientId").asInt()
                    + " but the client is at " + clientId);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("Vaadin-Security-Key")) {
            securityKey = uidl.get("Vaadin-Security-Key").asString();
        }
        tree.addConstants(uidl.get("constants"));
        tree.apply(uidl.get("changes"));
    }

    // --- HTTP -------------------------------------------------------------------------------------

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, ObjectNode json) {
        return request(path).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    /** Sends one request, timing it under {@code step}; keeps cookies as a browser does. */
    private HttpResponse<String> send(String step, HttpRequest request) {
        // the step's name goes along, so that an instance of the benchmark can time it too (ServerTimes)
        HttpRequest named = HttpRequest.newBuilder(request, (name, value) -> true).header(ServerTimes.HEADER, step).build();
        long startedMillis = System.currentTimeMillis();
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(named, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new JourneyException(step + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyException(step + ": interrupted");
        }
        figures.record(step, startedMillis, System.nanoTime() - started);
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return response;
    }

    private static void expectStatus(String step, HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            String body = response.body() == null ? "" : response.body();
            throw new JourneyException(step + ": HTTP " + response.statusCode() + " for " + response.uri()
                    + " " + body.substring(0, Math.min(200, body.length())));
        }
    }

    private static String find(Pattern pattern, String text, String fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : fallback;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
