package org.lantern.stories;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.stories.search.StoryHit;
import org.lantern.stories.search.StorySearchRequest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The story lifecycle against the real database and index. Not @Transactional: the index follows
 * committed changes only, so each test uses its own made-up words and cleans up by withdrawing.
 */
@LanternTest
class StoryLifecycleTest {

    @Autowired
    PeopleService people;

    @Autowired
    StoryLibrary library;
    @Autowired
    StoryWriting writing;
    @Autowired
    StoryModeration moderation;

    static StoryDraft draft(String title, String word) {
        return new StoryDraft(title, "A short summary about " + word + ".",
                "This is a story about " + word + " and what the team learned from it. We sat down together, talked "
                        + "about what mattered to her, and wrote a plan in her own words. It took longer than doing it "
                        + "for her, but she said it was the first plan that felt like hers.",
                List.of("recovery", "hope"), "supported-living", "support-worker");
    }

    private List<String> found(String text) {
        return library.search(StorySearchRequest.of(text)).hits().stream().map(StoryHit::slug).toList();
    }

    @Test
    void theShippedCompositeStoriesAreInTheDatabaseAndTheIndex() {
        long indexed = library.search(StorySearchRequest.of("")).total();
        assertThat(indexed).isEqualTo(library.newest(10_000).size()).isGreaterThanOrEqualTo(57);
        assertThat(found("\"bus pass\"")).contains("a-the-bus-pass");
        assertThat(library.read(account("staff"), "a-the-bus-pass")).get().satisfies(s -> {
            assertThat(s.source()).isEqualTo(PracticeStory.Source.CONTENT);
            assertThat(s.audiences()).containsExactlyInAnyOrder(Audience.values());
        });
    }

    /** Issue 15, stories item 1: a draft never submitted is its author's alone, editors included. */
    @Test
    void draftsAreVisibleToTheirAuthorOnly() {
        PracticeStory draft = writing.saveDraft(account("staff"), null, draft("Quillfeather draft", "quillfeather"));
        assertThat(draft.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(library.read(account("staff"), draft.slug())).isPresent();
        assertThat(library.read(account("editor"), draft.slug())).isEmpty();
        assertThat(moderation.forModeration(account("editor"), draft.id())).isEmpty();
        assertThat(library.read(account("manager"), draft.slug())).isEmpty();
        assertThat(library.read(account("amira.k"), draft.slug())).isEmpty();
        assertThat(found("quillfeather")).isEmpty();
        // a draft shipped in the content files is a composite, with no author: editors only
        assertThat(library.read(account("editor"), "a-same-side-of-the-table")).get()
                .extracting(PracticeStory::status).isEqualTo(StoryStatus.DRAFT);
        assertThat(library.read(account("staff"), "a-same-side-of-the-table")).isEmpty();
        assertThatThrownBy(() -> writing.saveDraft(account("manager"), draft.id(), draft("Taken over", "x")))
                .isInstanceOf(StoryException.class).hasMessageContaining("Only the person who wrote");
        writing.withdraw(account("staff"), draft.id());
    }

    @Test
    void aStoryGoesFromSubmissionThroughModerationToPublicationAndOutAgainOnWithdrawal() {
        StoryDraft text = draft("Marigoldwick mornings", "marigoldwick");
        assertThatThrownBy(() -> writing.submit(account("staff"), null, text, false))
                .isInstanceOf(StoryException.class).hasMessageContaining("Tick the box");
        PracticeStory submitted = writing.submit(account("staff"), null, text, true);
        assertThat(submitted.status()).isEqualTo(StoryStatus.SUBMITTED);
        assertThat(submitted.submitConsentAt()).isNotNull();
        assertThat(moderation.moderationQueue()).extracting(i -> i.story().id()).contains(submitted.id());

        StoryDraft edited = new StoryDraft("Marigoldwick mornings, retold", text.summary(), text.body(), text.themes(),
                text.setting(), text.role());
        moderation.edit(account("editor"), submitted.id(), edited, "Clearer title");
        assertThatThrownBy(() -> moderation.approve(account("staff"), submitted.id(), ""))
                .isInstanceOf(StoryException.class).hasMessageContaining("Only editors");
        PracticeStory approved = moderation.approve(account("editor"), submitted.id(), "Thank you");
        assertThat(approved.status()).isEqualTo(StoryStatus.APPROVED);
        assertThat(found("marigoldwick")).as("approved is not yet published").isEmpty();

        assertThatThrownBy(() -> writing.consentToPublish(account("staff"), submitted.id(), Set.of()))
                .isInstanceOf(StoryException.class);
        PracticeStory published = writing.consentToPublish(account("staff"), submitted.id(), EnumSet.of(Audience.LIBRARY, Audience.SESSIONS));
        assertThat(published.inLibrary()).isTrue();
        assertThat(found("marigoldwick")).containsExactly(published.slug());
        assertThat(library.read(account("manager"), published.slug())).isPresent();
        assertThat(library.usableFor(published.slug(), Audience.SESSIONS)).isTrue();
        assertThat(library.usableFor(published.slug(), Audience.TRAINING)).isFalse();

        writing.withdraw(account("staff"), submitted.id());
        assertThat(found("marigoldwick")).as("withdrawal removes it from search at once").isEmpty();
        assertThat(library.usableFor(published.slug(), Audience.SESSIONS)).isFalse();
        assertThat(library.read(account("manager"), published.slug())).isEmpty();

        // withdrawn: editors no longer see it, nor its history; its author does
        assertThatThrownBy(() -> library.history(account("editor"), submitted.id())).isInstanceOf(StoryException.class);
        List<StoryDecision> history = library.history(account("staff"), submitted.id());
        assertThat(history).extracting(StoryDecision::action).containsExactly("Started", "Sent for review", "Edited",
                "Approved", "Consent to publish given", "Consent withdrawn");
        StoryDecision edit = history.get(2);
        assertThat(edit.actorName()).isEqualTo("Eden Editor");
        assertThat(edit.note()).isEqualTo("Clearer title");
        assertThat(edit.changes()).containsOnlyKeys("title");
        assertThat(edit.changes().get("title")).isEqualTo(new StoryDecision.Change("Marigoldwick mornings", "Marigoldwick mornings, retold"));
        assertThat(history).allSatisfy(d -> assertThat(d.at()).isNotNull());
        assertThatThrownBy(() -> library.history(account("manager"), submitted.id())).isInstanceOf(StoryException.class);
    }

    @Test
    void requestedChangesGoBackToTheAuthorWithANote() {
        PracticeStory submitted = writing.submit(account("staff"), null, draft("Bramblequist", "bramblequist"), true);
        assertThatThrownBy(() -> moderation.requestChanges(account("editor"), submitted.id(), " "))
                .isInstanceOf(StoryException.class).hasMessageContaining("note");
        PracticeStory back = moderation.requestChanges(account("editor"), submitted.id(), "Please leave out the street name.");
        assertThat(back.status()).isEqualTo(StoryStatus.CHANGES_REQUESTED);
        assertThat(back.editorNote()).isEqualTo("Please leave out the street name.");
        PracticeStory again = writing.submit(account("staff"), submitted.id(), draft("Bramblequist", "bramblequist"), true);
        assertThat(again.status()).isEqualTo(StoryStatus.SUBMITTED);
        PracticeStory rejected = moderation.reject(account("editor"), submitted.id(), "Too close to a real event.");
        assertThat(rejected.status()).isEqualTo(StoryStatus.REJECTED);
        assertThat(library.history(account("staff"), submitted.id())).extracting(StoryDecision::action)
                .containsSubsequence("Changes requested", "Sent again for review", "Not accepted");
    }

    @Test
    void aStoryAboutCurrentRiskIsHeldUntilTheSafeguardingRouteIsRecorded() {
        StoryDraft risky = new StoryDraft("Lanternwort night", "Something happened last week.",
                draft("x", "lanternwort").body() + " When I left she told me she wants to end it all, and that her "
                        + "partner hits her when he drinks.", List.of("safety-planning"), "crisis-home-treatment", "nurse");
        assertThat(writing.check(risky).safeguarding()).isNotEmpty();
        PracticeStory held = writing.submit(account("staff"), null, risky, true);
        assertThat(held.safeguardingHold()).isTrue();
        assertThat(moderation.moderationQueue()).filteredOn(i -> i.story().id() == held.id())
                .singleElement().satisfies(i -> assertThat(i.checks().safeguarding()).isNotEmpty());
        assertThatThrownBy(() -> moderation.approve(account("editor"), held.id(), ""))
                .isInstanceOf(StoryException.class).hasMessageContaining("safeguarding");
        assertThatThrownBy(() -> moderation.clearSafeguardingHold(account("editor"), held.id(), ""))
                .isInstanceOf(StoryException.class);
        moderation.clearSafeguardingHold(account("editor"), held.id(), "Raised with the safeguarding lead, who contacted the team today.");
        assertThat(moderation.approve(account("editor"), held.id(), "").status()).isEqualTo(StoryStatus.APPROVED);
        // approved: out of editors' sight until the author publishes it; the author sees the history
        assertThat(library.history(account("staff"), held.id())).extracting(StoryDecision::actorName, StoryDecision::action)
                .contains(org.assertj.core.groups.Tuple.tuple(StoryModeration.SYSTEM, "Held for safeguarding"),
                        org.assertj.core.groups.Tuple.tuple("Eden Editor", "Safeguarding concern dealt with"));
        writing.withdraw(account("staff"), held.id());
    }

    @Test
    void storedTextIsSanitised() {
        StoryDraft dirty = new StoryDraft("<script>alert(1)</script>Wrenfallow <b>story</b>", "<img src=x onerror=alert(1)>Summary",
                draft("x", "wrenfallow").body() + "\n\n<script>document.cookie</script><a href=\"javascript:alert(1)\">click</a>",
                List.of("hope"), "recovery-college", "peer-worker");
        PracticeStory story = writing.submit(account("staff"), null, dirty, true);
        assertThat(story.title()).isEqualTo("Wrenfallow story");
        assertThat(story.summary()).isEqualTo("Summary");
        assertThat(story.body()).doesNotContain("<", "script", "javascript", "onerror");
        assertThat(story.html()).doesNotContain("<script", "javascript:", "onerror");
        writing.withdraw(account("staff"), story.id());
    }

    @Test
    void aStoryPublishedOnlyForSessionsIsNotInTheLibrary() {
        PracticeStory story = writing.submit(account("staff"), null, draft("Thistlebrook", "thistlebrook"), true);
        moderation.approve(account("editor"), story.id(), "");
        PracticeStory published = writing.consentToPublish(account("staff"), story.id(), EnumSet.of(Audience.SESSIONS));
        assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(found("thistlebrook")).isEmpty();
        assertThat(library.usableFor(published.slug(), Audience.SESSIONS)).isTrue();
        assertThat(library.read(account("manager"), published.slug())).isEmpty();
        writing.withdraw(account("staff"), story.id());
    }

    @Test
    void validationExplainsWhatIsMissing() {
        StoryDraft tooShort = new StoryDraft("Short", "S", "Only a few words.", List.of("hope"), "supported-living", "nurse");
        assertThatThrownBy(() -> writing.submit(account("staff"), null, tooShort, true)).hasMessageContaining("at least 30 words");
        StoryDraft noSetting = new StoryDraft("T", "S", draft("x", "y").body(), List.of("hope"), "", "nurse");
        assertThatThrownBy(() -> writing.submit(account("staff"), null, noSetting, true)).hasMessageContaining("setting");
        StoryDraft badTheme = new StoryDraft("T", "S", draft("x", "y").body(), List.of("gardening"), "supported-living", "nurse");
        assertThatThrownBy(() -> writing.submit(account("staff"), null, badTheme, true)).hasMessageContaining("themes");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
