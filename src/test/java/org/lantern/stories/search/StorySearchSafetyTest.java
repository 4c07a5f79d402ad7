package org.lantern.stories.search;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The index on its own: a removed story's words never come back through suggestions or spelling
 * corrections (issue 15, stories item 3), and costly searches are refused with a plain message
 * rather than run or failed (item 4).
 */
class StorySearchSafetyTest {

    private StoryIndex index;

    @BeforeEach
    void setUp() throws IOException {
        index = new StoryIndex(new ByteBuffersDirectory(), StoryIndexTest.shippedAnalysis());
        List<IndexedStory> stories = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            stories.add(StoryIndexTest.story(i, "Story number " + i, "We planned the route together and he kept a card "
                    + "in his wallet. His recovery began with small trips to the allotment, week " + i + ".",
                    List.of("recovery"), "community-mental-health-team", "support-worker", "2025-01-" + (10 + i % 18)));
        }
        stories.add(StoryIndexTest.story(99, "The quokkaberry morning", "Nobody else wrote about the quokkaberry bush "
                + "behind the day centre, where she told me what she wanted from her recovery.",
                List.of("recovery"), "community-mental-health-team", "support-worker", "2025-03-01"));
        // one segment: removing a story then only marks it deleted, and its words stay in the term
        // dictionary until the segment is merged (a story alone in a segment would vanish with it)
        index.replaceAll(stories);
    }

    @AfterEach
    void tearDown() throws IOException {
        index.close();
    }

    private List<String> suggested(String typed) throws IOException {
        return index.suggest(typed, 6).stream().map(StorySuggestion::text).toList();
    }

    /** Item 3: a withdrawn story's unique word is neither suggested while typing nor offered as a correction. */
    @Test
    void aRemovedStorysWordsAreNeitherSuggestedNorOfferedAsCorrections() throws IOException {
        assertThat(suggested("quokkab")).as("while the story is live").contains("quokkaberry");
        assertThat(index.search(StorySearchRequest.of("quokkabery")).correctedText()).isEqualTo("quokkaberry");

        index.delete(99);
        index.refresh();

        assertThat(index.size()).isEqualTo(20);
        assertThat(suggested("quokkab")).isEmpty();
        assertThat(suggested("the quokka")).noneMatch(s -> s.contains("quokka") && !s.equals("the quokka"));
        StorySearchResult misspelt = index.search(StorySearchRequest.of("quokkabery"));
        assertThat(misspelt.total()).isZero();
        assertThat(misspelt.correctedText()).isNull();
        StorySearchResult exact = index.search(StorySearchRequest.of("quokkaberry"));
        assertThat(exact.total()).isZero();
        assertThat(exact.correctedText()).as("never the removed word, and nothing made up").isNull();
        // live words are still suggested and corrected as before
        assertThat(suggested("allot")).contains("allotment");
        assertThat(index.search(StorySearchRequest.of("alotment")).correctedText()).isEqualTo("allotment");
    }

    /** Item 4: each kind of costly search gets the plain "too complex" answer, at once. */
    @Test
    void costlySearchesAreRefusedWithAPlainMessage() {
        List<String> costly = List.of(
                "/wal.*t/",                                     // regular expression
                "*a*b*c*d*e*",                                  // many wildcards, leading
                "w*a*l*l*e*t",                                  // many wildcards inside a word
                "a* b* c* d* e* f* g*",                         // many wildcard words
                "(".repeat(5_000) + "wallet" + ")".repeat(5_000), // deeply nested
                "(((((((((((wallet)))))))))))",                 // just over the nesting limit
                "wallet ".repeat(1_500),                        // 10,000 characters
                "supercalifragilisticexpialidocious~2",        // fuzzy on a long word
                "a~ b~ c~ d~",                                  // many fuzzy words
                "title:wallet",                                 // field syntax
                "slug:story-1",
                "[a TO z]",                                     // range
                "\"wallet card\"~1000");                        // huge phrase slop
        for (String q : costly) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> index.search(StorySearchRequest.of(q))).as(q.length() > 60 ? q.substring(0, 60) : q)
                    .isInstanceOf(StorySearchTooComplex.class).hasMessage("This search is too complex; try fewer or simpler words.");
            assertThat((System.nanoTime() - started) / 1_000_000).as("refused at once: " + q.substring(0, Math.min(30, q.length())))
                    .isLessThan(1_000);
        }
    }

    /** The documented syntax still works, and bad brackets or quotes still fall back to plain words. */
    @Test
    void ordinarySearchesStillWork() throws IOException {
        for (String q : List.of("wallet", "\"small trips\"", "wallet OR card", "recovery -allotment", "wall*", "walet~",
                "what is recovery?", "\"bus pass", "(garden AND", "*", "?", "((((((", "bus^", "pass~x", "title:", "[a TO")) {
            assertThat(index.search(StorySearchRequest.of(q))).as(q).isNotNull();
        }
        assertThat(index.search(StorySearchRequest.of("wall*")).total()).isEqualTo(20);
        // a pasted wall of text: only its last words count
        assertThat(index.suggest("x".repeat(10_000) + " wall", 6)).extracting(StorySuggestion::text)
                .anySatisfy(s -> assertThat(s).endsWith(" wallet").hasSizeLessThan(300));
    }
}
