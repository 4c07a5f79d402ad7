package org.lantern.stories;

import org.lantern.base.security.Account;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.PeopleService;
import org.lantern.stories.search.StorySort;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the story pages offer is decided by the services ({@link StoryPage}, {@link StoryReview}); the
 * views only show it. Each test uses its own made-up words and withdraws what it published.
 */
@LanternTest
class StoryPagesTest {

    @Autowired
    StoryLibrary library;
    @Autowired
    StoryWriting writing;
    @Autowired
    StoryModeration moderation;
    @Autowired
    PeopleService people;

    @Test
    void theAuthorIsOfferedWhatTheStatusAllowsAndOthersSeeWhereTheStoryIs() {
        PracticeStory draft = writing.saveDraft(account("staff"), null, StoryLifecycleTest.draft("Pagewort", "pagewort"));
        assertThat(library.page(account("staff"), draft.slug())).get().satisfies(page -> {
            assertThat(page.ownStory()).isTrue();
            assertThat(page.mayEdit()).isTrue();
            assertThat(page.awaitingConsent()).isFalse();
            assertThat(page.mayWithdraw()).isTrue();
            assertThat(page.notInLibrary()).isFalse();
            assertThat(page.showRelated()).isFalse();
        });
        assertThat(writing.editable(account("staff"), draft.id())).isPresent();
        assertThat(writing.editable(account("manager"), draft.id())).isEmpty();

        PracticeStory submitted = writing.submit(account("staff"), draft.id(), StoryLifecycleTest.draft("Pagewort", "pagewort"), true);
        assertThat(writing.editable(account("staff"), submitted.id())).as("in review: no longer the author's to change").isEmpty();
        assertThat(library.page(account("editor"), submitted.slug())).get().satisfies(page -> {
            assertThat(page.ownStory()).isFalse();
            assertThat(page.mayEdit()).isFalse();
            assertThat(page.mayWithdraw()).isFalse();
            assertThat(page.notInLibrary()).isTrue();
            assertThat(page.moderationLink()).isTrue();
        });
        assertThat(moderation.review(account("editor"), submitted.id())).get().satisfies(review -> {
            assertThat(review.waitingForDecision()).isTrue();
            assertThat(review.mayApprove()).isTrue();
            assertThat(review.held()).isFalse();
            assertThat(review.history()).extracting(StoryDecision::action).containsExactly("Started", "Sent for review");
        });

        moderation.approve(account("editor"), submitted.id(), "");
        assertThat(moderation.review(account("editor"), submitted.id())).as("approved: out of editors' sight").isEmpty();
        assertThat(library.page(account("staff"), submitted.slug())).get().satisfies(page -> {
            assertThat(page.mayEdit()).isFalse();
            assertThat(page.awaitingConsent()).isTrue();
            assertThat(page.mayWithdraw()).isTrue();
        });

        writing.consentToPublish(account("staff"), submitted.id(), EnumSet.of(Audience.LIBRARY));
        assertThat(library.page(account("manager"), submitted.slug())).get().satisfies(page -> {
            assertThat(page.ownStory()).isFalse();
            assertThat(page.notInLibrary()).isFalse();
            assertThat(page.moderationLink()).isFalse();
            assertThat(page.showRelated()).isTrue();
        });

        writing.withdraw(account("staff"), submitted.id());
        assertThat(library.page(account("staff"), submitted.slug())).get().satisfies(page -> {
            assertThat(page.awaitingConsent()).isFalse();
            assertThat(page.mayWithdraw()).isFalse();
        });
        assertThat(library.page(account("manager"), submitted.slug())).isEmpty();
    }

    @Test
    void aHeldStoryCannotBeApprovedFromItsReview() {
        StoryDraft risky = new StoryDraft("Holdwick night", "Something happened last week.",
                StoryLifecycleTest.draft("x", "holdwick").body() + " When I left she told me she wants to end it all.",
                List.of("safety-planning"), "crisis-home-treatment", "nurse");
        PracticeStory held = writing.submit(account("staff"), null, risky, true);
        assertThat(moderation.review(account("editor"), held.id())).get().satisfies(review -> {
            assertThat(review.held()).isTrue();
            assertThat(review.mayApprove()).isFalse();
            assertThat(review.checks().safeguarding()).isNotEmpty();
        });
        writing.withdraw(account("staff"), held.id());
    }

    @Test
    void onlyEditorsAreToldHowManyStoriesWait() {
        assertThat(moderation.queueSizeFor(people.findByUsername("editor").orElseThrow())).isPresent();
        assertThat(moderation.queueSizeFor(people.findByUsername("manager").orElseThrow())).isEmpty();
    }

    @Test
    void aLibraryLinkKeepsOnlyKnownFiltersAndOrders() {
        var request = library.request(" carers ", "hope", "the-moon", "nurse", "newest", 10);
        assertThat(request.text()).isEqualTo("carers");
        assertThat(request.theme()).isEqualTo("hope");
        assertThat(request.setting()).as("not a known setting").isEmpty();
        assertThat(request.role()).isEqualTo("nurse");
        assertThat(request.sort()).isEqualTo(StorySort.NEWEST);
        assertThat(library.request("", "", "", "", "oldest", 10).sort()).isEqualTo(StorySort.RELEVANCE);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
