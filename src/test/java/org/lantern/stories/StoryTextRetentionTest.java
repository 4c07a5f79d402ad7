package org.lantern.stories;

import org.lantern.base.security.Account;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.audit.AuditService;
import org.lantern.audit.DataRightsService;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.STORY;
import static org.lantern.db.Tables.STORY_DECISION;

/**
 * Issue 15, stories item 2: the words of withdrawn and not-accepted stories, and the text editors'
 * edits removed (kept in the history's "before"), are deleted after {@code lantern.retention.story-text}
 * (30 days here) and at once when the author's account is erased; the history keeps who decided
 * what, when, and which fields changed. The purge runs on a clock the test moves on (a purge at
 * +31 days also empties stories other tests withdrew earlier in the run, which they no longer read).
 */
@LanternTest
class StoryTextRetentionTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    /** The identifying detail an editor takes out; it must not survive anywhere. */
    private static final String DETAIL = "Larkspur Ward at St Brennock's";

    @Autowired
    StoryLibrary library;
    @Autowired
    StoryWriting writing;
    @Autowired
    StoryModeration moderation;
    @Autowired
    StoryRepository repository;
    @Autowired
    AuditService audit;
    @Autowired
    PeopleService people;
    @Autowired
    DataRightsService dataRights;
    @Autowired
    DSLContext db;

    private String newStaff() {
        String username = "story-retention-" + RUN.incrementAndGet() + "-" + System.nanoTime() % 100000;
        people.createAccount(new NewAccount(username, "Retention Author", "a long enough password", EnumSet.of(Role.STAFF),
                Set.of(), Set.of()));
        return username;
    }

    private static StoryDraft withDetail(String title, String word) {
        StoryDraft plain = StoryLifecycleTest.draft(title, word);
        return new StoryDraft(plain.title(), plain.summary(), plain.body() + " It happened on " + DETAIL + ".",
                plain.themes(), plain.setting(), plain.role());
    }

    private static StoryDraft withoutDetail(StoryDraft draft) {
        return new StoryDraft(draft.title(), draft.summary(), draft.body().replace(" It happened on " + DETAIL + ".",
                " It happened on a ward."), draft.themes(), draft.setting(), draft.role());
    }

    /** Sent for review, then edited by an editor to take the detail out. */
    private PracticeStory submittedAndEdited(String author, String title, String word) {
        StoryDraft text = withDetail(title, word);
        PracticeStory story = writing.submit(account(author), null, text, true);
        return moderation.edit(account("editor"), story.id(), withoutDetail(text), "Took out the ward name.");
    }

    private StoryTextRetention retentionAt(Instant now) {
        return new StoryTextRetention(repository, audit, "P30D", Clock.fixed(now, ZoneOffset.UTC));
    }

    private PracticeStory stored(PracticeStory story) {
        return repository.findById(story.id()).orElseThrow();
    }

    /** Whether the detail is anywhere in the story's row or its history, in any column. */
    private boolean detailKept(long storyId) {
        return db.fetchExists(db.selectFrom(STORY).where(STORY.ID.eq(storyId))
                .and(org.jooq.impl.DSL.condition("story::text like {0}", "%Larkspur%")))
                || db.fetchExists(db.selectFrom(STORY_DECISION).where(STORY_DECISION.STORY_ID.eq(storyId))
                .and(org.jooq.impl.DSL.condition("story_decision::text like {0}", "%Larkspur%")));
    }

    @Test
    void wordsOfStoriesThatWillNotBePublishedAndEditedOutTextGoAfterThePeriod() {
        String author = newStaff();
        PracticeStory withdrawn = submittedAndEdited(author, "Thistledown withdrawn", "thistledown");
        writing.withdraw(account(author), withdrawn.id());
        PracticeStory rejected = submittedAndEdited(author, "Thistledown rejected", "thistledown");
        moderation.reject(account("editor"), rejected.id(), "Too close to what happened on " + DETAIL + ".");
        PracticeStory published = submittedAndEdited(author, "Thistledown published", "thistledown");
        moderation.approve(account("editor"), published.id(), "");
        writing.consentToPublish(account(author), published.id(), EnumSet.of(Audience.SESSIONS));
        PracticeStory inReview = writing.submit(account(author), null, withDetail("Thistledown in review", "thistledown"), true);
        Instant now = Instant.now();

        StoryTextRetention.Result before = retentionAt(now.plus(Duration.ofDays(29))).purge();

        for (PracticeStory story : List.of(withdrawn, rejected, published, inReview)) {
            assertThat(stored(story).textDeleted()).as(story.title()).isFalse();
            assertThat(detailKept(story.id())).as("29 days on, still kept: " + story.title()).isTrue();
        }
        assertThat(stored(withdrawn).title()).isEqualTo("Thistledown withdrawn");
        assertThat(repository.decisions(withdrawn.id())).filteredOn(d -> d.action().equals("Edited")).singleElement()
                .satisfies(d -> assertThat(d.changes().get("body").textKept()).isTrue());
        assertThat(before.storiesEmptied()).isZero();

        StoryTextRetention.Result after = retentionAt(now.plus(Duration.ofDays(31))).purge();

        assertThat(after.storiesEmptied()).isGreaterThanOrEqualTo(2);
        for (PracticeStory story : List.of(withdrawn, rejected)) {
            PracticeStory emptied = stored(story);
            assertThat(emptied.textDeleted()).isTrue();
            assertThat(emptied.title()).isEqualTo("Text deleted");
            assertThat(emptied.summary()).isEmpty();
            assertThat(emptied.body()).isEmpty();
            assertThat(emptied.editorNote()).isEmpty();
            assertThat(emptied.slug()).isEqualTo("deleted--" + story.id()).doesNotContain("thistledown");
            assertThat(emptied.themes()).isEqualTo(story.themes());
            assertThat(detailKept(story.id())).as("31 days on: " + story.title()).isFalse();
            assertThat(db.fetchExists(db.selectFrom(STORY).where(STORY.ID.eq(story.id()))
                    .and(org.jooq.impl.DSL.condition("story::text ilike '%thistledown%'")))).isFalse();
            // the author still sees that it existed, and what happened to it
            assertThat(library.read(account(author), emptied.slug())).isPresent();
            List<StoryDecision> history = library.history(account(author), story.id());
            assertThat(history).extracting(StoryDecision::action).contains("Started", "Sent for review", "Edited");
            assertThat(history).allSatisfy(d -> assertThat(d.note()).isEmpty());
            assertThat(history).filteredOn(d -> d.action().equals("Edited")).singleElement().satisfies(d -> {
                assertThat(d.actorName()).isEqualTo("Eden Editor");
                assertThat(d.changes()).containsOnlyKeys("body");
                assertThat(d.changes().get("body")).isEqualTo(StoryDecision.Change.REMOVED);
            });
        }
        assertThat(stored(rejected).status()).isEqualTo(StoryStatus.REJECTED);
        // published: its words stay (they had consent), but what the editor took out is gone
        assertThat(stored(published).textDeleted()).isFalse();
        assertThat(stored(published).body()).contains("It happened on a ward.");
        assertThat(detailKept(published.id())).isFalse();
        assertThat(repository.decisions(published.id())).filteredOn(d -> d.action().equals("Edited")).singleElement()
                .satisfies(d -> assertThat(d.changes()).containsExactly(java.util.Map.entry("body", StoryDecision.Change.REMOVED)));
        // still in review: nothing is taken from it
        assertThat(stored(inReview).textDeleted()).isFalse();
        assertThat(stored(inReview).body()).contains(DETAIL);

        Instant deletedAt = stored(withdrawn).textDeletedAt();
        retentionAt(now.plus(Duration.ofDays(62))).purge();
        assertThat(stored(withdrawn).textDeletedAt()).as("emptied once").isEqualTo(deletedAt);
        writing.withdraw(account(author), published.id());
        writing.withdraw(account(author), inReview.id());
    }

    @Test
    void erasingTheAuthorsAccountDeletesTheseWordsAtOnce() {
        String author = newStaff();
        long accountId = people.findByUsername(author).orElseThrow().id();
        PracticeStory inReview = submittedAndEdited(author, "Cobblemint in review", "cobblemint");
        PracticeStory rejected = submittedAndEdited(author, "Cobblemint rejected", "cobblemint");
        moderation.reject(account("editor"), rejected.id(), "Not for the library.");
        PracticeStory published = submittedAndEdited(author, "Cobblemint published", "cobblemint");
        moderation.approve(account("editor"), published.id(), "");
        writing.consentToPublish(account(author), published.id(), EnumSet.of(Audience.LIBRARY));
        for (PracticeStory story : List.of(inReview, rejected, published)) {
            assertThat(detailKept(story.id())).isTrue();
        }

        dataRights.erase(account("admin"), accountId, author);

        for (PracticeStory story : List.of(inReview, rejected)) {
            assertThat(stored(story).textDeleted()).isTrue();
            assertThat(stored(story).body()).isEmpty();
            assertThat(detailKept(story.id())).isFalse();
            assertThat(repository.decisions(story.id())).extracting(StoryDecision::action).contains("Edited");
        }
        assertThat(stored(inReview).status()).isEqualTo(StoryStatus.WITHDRAWN);
        assertThat(stored(published).body()).contains("It happened on a ward.");
        assertThat(stored(published).inLibrary()).isTrue();
        assertThat(detailKept(published.id())).isFalse();
    }

    @Test
    void theSettingIsAPeriodOfADayToAYear() {
        assertThat(StoryTextRetention.parse("P30D")).isEqualTo(java.time.Period.ofDays(30));
        assertThat(StoryTextRetention.parse("P1W")).isEqualTo(java.time.Period.ofDays(7));
        assertThatThrownBy(() -> StoryTextRetention.parse("P0D")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryTextRetention.parse("P2Y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryTextRetention.parse("30 days")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lantern.retention.story-text");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
