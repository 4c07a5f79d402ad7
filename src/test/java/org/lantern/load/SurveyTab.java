package org.lantern.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A staff member's open survey in a browser tab, driven over Vaadin's own protocol by
 * {@link VaadinUiClient}: for tests outside the load test (the crash test) that need survey answers
 * autosaved exactly as a person's browser saves them. Questions are named by their label.
 */
public final class SurveyTab {

    private final VaadinUiClient client;

    private SurveyTab(VaadinUiClient client) {
        this.client = client;
    }

    /**
     * Signs in through the sign-in page and opens the survey page.
     *
     * @param route e.g. {@code surveys/strengths-pilot/before}
     * @throws RuntimeException when the server cannot be reached or a page does not behave
     */
    public static SurveyTab open(URI base, String username, String password, String route) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        VaadinUiClient client = new VaadinUiClient(http, base, new LoadFigures());
        if (!client.signIn(username, password)) {
            throw new VaadinUiClient.JourneyException("sign-in: asked to try again in a moment (" + username + ")");
        }
        client.open(route);
        if (client.tree().findAll(SurveyTab::isQuestion).isEmpty()) {
            throw new VaadinUiClient.JourneyException("no questions on " + route);
        }
        return new SurveyTab(client);
    }

    /** The labels of the questions answered by choosing an option, in page order. */
    public List<String> questions() {
        return client.tree().findAll(SurveyTab::isQuestion).stream().map(q -> q.property("label")).toList();
    }

    /** The options of one question (the values the page gives them). */
    public List<String> options(String question) {
        return node(question).children.stream().filter(c -> "vaadin-radio-button".equals(c.tag))
                .map(c -> c.property("value")).toList();
    }

    /**
     * Chooses an option, as a click on it does; the server saves it at once.
     *
     * @return true when the page then says the answer was saved (the acknowledgement a person sees)
     * @throws RuntimeException when the server cannot be reached
     */
    public boolean answer(String question, String option) {
        client.setValue("autosave", node(question), option);
        return client.tree().containsText("Saved.") && !client.tree().containsText("Not saved");
    }

    /** What the page shows as chosen, per question label (questions without an answer are left out). */
    public Map<String, String> answers() {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (UiTree.Node question : client.tree().findAll(SurveyTab::isQuestion)) {
            String value = question.property("value");
            if (value != null && !value.isEmpty()) {
                chosen.put(question.property("label"), value);
            }
        }
        return chosen;
    }

    private UiTree.Node node(String question) {
        return client.tree().find(n -> isQuestion(n) && question.equals(n.property("label")))
                .orElseThrow(() -> new VaadinUiClient.JourneyException("no question '" + question + "'"));
    }

    private static boolean isQuestion(UiTree.Node node) {
        return "vaadin-radio-group".equals(node.tag);
    }
}
