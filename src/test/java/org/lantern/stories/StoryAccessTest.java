package org.lantern.stories;

import org.lantern.base.security.Account;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, stories item 1: who may read a staff member's story in each state, through the service
 * (the feature's door) and the API. The author always; editors only from submission to decision and
 * once it is published; everyone else only what is in the library.
 */
@LanternTest
class StoryAccessTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    StoryLibrary library;
    @Autowired
    StoryWriting writing;
    @Autowired
    StoryModeration moderation;
    @Autowired
    PeopleService people;

    private final HttpClient http = HttpClient.newHttpClient();

    private String newStaff() {
        String username = "story-access-" + RUN.incrementAndGet() + "-" + System.nanoTime() % 100000;
        people.createAccount(new NewAccount(username, "Story Author", "a long enough password", EnumSet.of(Role.STAFF),
                Set.of(), Set.of()));
        return username;
    }

    /** One story in each state, all by one new author. */
    private Map<String, PracticeStory> storyInEachState(String author, String word) {
        Map<String, PracticeStory> states = new LinkedHashMap<>();
        states.put("draft", writing.saveDraft(account(author), null, StoryLifecycleTest.draft("Draft " + word, word)));
        states.put("submitted", writing.submit(account(author), null, StoryLifecycleTest.draft("Submitted " + word, word), true));
        PracticeStory sentBack = writing.submit(account(author), null, StoryLifecycleTest.draft("Sent back " + word, word), true);
        states.put("changes requested", moderation.requestChanges(account("editor"), sentBack.id(), "Please leave out the town."));
        PracticeStory approved = writing.submit(account(author), null, StoryLifecycleTest.draft("Approved " + word, word), true);
        states.put("approved", moderation.approve(account("editor"), approved.id(), ""));
        PracticeStory library = writing.submit(account(author), null, StoryLifecycleTest.draft("Library " + word, word), true);
        moderation.approve(account("editor"), library.id(), "");
        states.put("published (library)", writing.consentToPublish(account(author), library.id(), EnumSet.of(Audience.LIBRARY)));
        PracticeStory sessions = writing.submit(account(author), null, StoryLifecycleTest.draft("Sessions " + word, word), true);
        moderation.approve(account("editor"), sessions.id(), "");
        states.put("published (sessions only)", writing.consentToPublish(account(author), sessions.id(), EnumSet.of(Audience.SESSIONS)));
        PracticeStory rejected = writing.submit(account(author), null, StoryLifecycleTest.draft("Rejected " + word, word), true);
        states.put("not accepted", moderation.reject(account("editor"), rejected.id(), "Too close to a real event."));
        PracticeStory withdrawnInReview = writing.submit(account(author), null, StoryLifecycleTest.draft("Withdrawn in review " + word, word), true);
        states.put("withdrawn in review", writing.withdraw(account(author), withdrawnInReview.id()));
        PracticeStory withdrawnPublished = writing.submit(account(author), null, StoryLifecycleTest.draft("Withdrawn published " + word, word), true);
        moderation.approve(account("editor"), withdrawnPublished.id(), "");
        writing.consentToPublish(account(author), withdrawnPublished.id(), EnumSet.of(Audience.LIBRARY));
        states.put("withdrawn after publication", writing.withdraw(account(author), withdrawnPublished.id()));
        return states;
    }

    private static final Set<String> EDITORS_SEE = Set.of("submitted", "published (library)", "published (sessions only)");
    private static final Set<String> EVERYONE_SEES = Set.of("published (library)");

    @Test
    void eachRoleSeesAStoryOnlyInTheStatesItMay() {
        String author = newStaff();
        String otherStaff = newStaff();
        Map<String, PracticeStory> states = storyInEachState(author, "fernwhistle");
        states.forEach((state, story) -> {
            // the author: always, with the history
            assertThat(library.read(account(author), story.slug())).as("author, " + state).isPresent();
            assertThat(library.history(account(author), story.id())).as("author's history, " + state).isNotEmpty();
            // editors: by address and by number, with the history, only in review or published
            boolean editorSees = EDITORS_SEE.contains(state);
            assertThat(library.read(account("editor"), story.slug()).isPresent()).as("editor by address, " + state).isEqualTo(editorSees);
            assertThat(moderation.forModeration(account("editor"), story.id()).isPresent()).as("editor by number, " + state).isEqualTo(editorSees);
            if (editorSees) {
                assertThat(library.history(account("editor"), story.id())).as("editor's history, " + state).isNotEmpty();
            } else {
                assertThatThrownBy(() -> library.history(account("editor"), story.id())).as("editor's history, " + state)
                        .isInstanceOf(StoryException.class);
                assertThatThrownBy(() -> moderation.clearSafeguardingHold(account("editor"), story.id(), "Talked to the lead."))
                        .as("editor acting on it, " + state).isInstanceOf(StoryException.class)
                        .hasMessage("That story no longer exists.");
            }
            // everyone else, administrators included: only the library
            for (String reader : List.of(otherStaff, "manager", "evaluator", "admin")) {
                assertThat(library.read(account(reader), story.slug()).isPresent()).as(reader + ", " + state)
                        .isEqualTo(EVERYONE_SEES.contains(state));
            }
            assertThatThrownBy(() -> moderation.forModeration(account("manager"), story.id())).isInstanceOf(StoryException.class);
        });
        states.values().stream().filter(s -> s.status() != StoryStatus.WITHDRAWN).forEach(s -> writing.withdraw(account(author), s.id()));
    }

    @Test
    void theApiShowsEditorsAndOthersOnlyLibraryStories() throws Exception {
        String author = newStaff();
        Map<String, PracticeStory> states = storyInEachState(author, "pebblewort");
        for (var entry : states.entrySet()) {
            int expected = EVERYONE_SEES.contains(entry.getKey()) ? 200 : 404;
            for (String user : List.of("editor", "manager", "admin")) {
                assertThat(get("/api/stories/" + entry.getValue().slug(), user).statusCode()).as(user + ", " + entry.getKey())
                        .isEqualTo(expected);
            }
        }
        states.values().stream().filter(s -> s.status() != StoryStatus.WITHDRAWN).forEach(s -> writing.withdraw(account(author), s.id()));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
