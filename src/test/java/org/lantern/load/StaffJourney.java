package org.lantern.load;

import org.lantern.load.VaadinUiClient.JourneyException;

import java.util.List;
import java.util.Random;

/**
 * One simulated staff member: signs in, lands on the home page, opens a lesson and marks it as
 * done, opens the open survey wave, answers every question (each answer is saved by the server as
 * it is given) and submits. Pauses between actions stand for reading and thinking. Each step checks
 * what a person would see, so a page that misbehaves counts as an error, not only an HTTP failure.
 */
final class StaffJourney {

    private static final List<String> WRITTEN = List.of(
            "Asking people what a good week looks like before planning anything.",
            "More time in supervision for talking through risk decisions.",
            "Writing plans in the person's own words.");

    /** A person asked to try again in a moment tries up to this many times in all. */
    private static final int MAX_SIGN_IN_TRIES = 10;

    private final VaadinUiClient client;
    private final LoadTestSetup.Plan plan;
    private final String username;
    private final Pace pace;
    private final Random random;
    private String step = "start";

    /**
     * How long a person pauses before each action (reading a statement and choosing an answer, reading
     * a page): uniformly between the two bounds, drawn from the journey's seeded random.
     */
    record Pace(int minMillis, int maxMillis) {

        /** Pauses of 0.5 to 1.5 times {@code meanMillis}. */
        static Pace around(int meanMillis) {
            return new Pace(meanMillis / 2, meanMillis * 3 / 2);
        }

        @Override
        public String toString() {
            return minMillis + "-" + maxMillis + " ms";
        }
    }

    StaffJourney(VaadinUiClient client, LoadTestSetup.Plan plan, String username, Pace pace, long seed) {
        this.client = client;
        this.plan = plan;
        this.username = username;
        this.pace = pace;
        this.random = new Random(seed);
    }

    /** Runs the whole journey; throws {@link JourneyException} at the first thing that goes wrong. */
    void run() throws InterruptedException {
        step = "sign-in";
        int tries = 1;
        while (!client.signIn(username, plan.password())) {
            // "Lots of people are signing in right now": the person waits a moment and presses Sign in again
            if (tries++ >= MAX_SIGN_IN_TRIES) {
                throw new JourneyException("sign-in: still asked to try again after " + MAX_SIGN_IN_TRIES + " tries (" + username + ")");
            }
            think();
        }
        think();
        step = "home";
        client.open("");
        expect(client.tree().containsText("Sign out"), "the home page has no 'Sign out' button");
        think();

        step = "lesson";
        client.followLink(plan.lessonRoute());
        UiTree.Node done = client.tree().findByText("vaadin-button", "Mark as done")
                .orElseThrow(() -> new JourneyException("lesson: no 'Mark as done' button for " + username));
        think();
        step = "mark-done";
        client.click("mark-done", done);
        expect(client.tree().containsText("You have marked this lesson as done."), "the lesson was not marked as done");
        think();

        step = "survey";
        client.followLink(plan.surveyRoute());
        List<UiTree.Node> questions = client.tree().findAll(n -> n.tag.equals("vaadin-radio-group"));
        List<UiTree.Node> writtenAnswers = client.tree().findAll(n -> n.tag.equals("vaadin-text-area"));
        expect(!questions.isEmpty(), "the survey shows no questions");
        for (UiTree.Node question : questions) {
            think();
            step = "autosave";
            List<String> options = question.children.stream().filter(c -> "vaadin-radio-button".equals(c.tag))
                    .map(c -> c.property("value")).toList();
            expect(!options.isEmpty(), "question '" + question.property("label") + "' has no options");
            client.setValue("autosave", question, options.get(random.nextInt(options.size())));
            expectSaved();
        }
        for (UiTree.Node written : writtenAnswers) {
            think();
            client.setValue("autosave", written, WRITTEN.get(random.nextInt(WRITTEN.size())));
            expectSaved();
        }
        think();

        step = "submit";
        UiTree.Node submit = client.tree().findByText("vaadin-button", "Submit my answers")
                .orElseThrow(() -> new JourneyException("survey: no 'Submit my answers' button"));
        client.click("submit", submit);
        UiTree.Node dialog = client.tree().find(n -> n.tag.equals("vaadin-confirm-dialog")
                        && "true".equals(n.property("opened")))
                .orElseThrow(() -> new JourneyException("survey: submitting asked for no confirmation"));
        think();
        step = "confirm";
        client.confirm("confirm", dialog);
        expect(client.tree().containsText("Thank you. You submitted"), "the survey was not submitted");
    }

    /** The step the journey was on, for error reports. */
    String step() {
        return step;
    }

    private void expectSaved() {
        expect(!client.tree().containsText("Not saved"), "an answer was not saved");
        expect(client.tree().containsText("Saved."), "the page does not say the answer was saved");
    }

    private void expect(boolean condition, String problem) {
        if (!condition) {
            throw new JourneyException(step + ": " + problem + " (" + username + ")");
        }
    }

    private void think() throws InterruptedException {
        if (pace.maxMillis() > 0) {
            Thread.sleep((long) (pace.minMillis() + (pace.maxMillis() - pace.minMillis()) * random.nextDouble()));
        }
    }
}
