package org.lantern.stories.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A search typed again reuses its parsed query, until the index or the word lists change. */
class ParsedQueriesTest {

    @Test
    void aSearchTypedAgainIsParsedOnceUntilTheIndexOrTheWordListsChange() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        StoryAnalysis analysis = StoryIndexTest.shippedAnalysis();
        try (StoryIndex index = new StoryIndex(directory, analysis)) {
            index.upsert(StoryIndexTest.story(1, "The allotment", "She grew beans on her allotment.", List.of("recovery"),
                    "community-mental-health-team", "support-worker", "2024-02-12"));
            index.commit();
            ParsedQueries cache = new ParsedQueries();
            StoryQueries queries = new StoryQueries(analysis, cache);
            try (DirectoryReader before = DirectoryReader.open(directory)) {
                StoryQueries.Parsed first = queries.parse("allotment zebra", before);
                assertThat(queries.parse("allotment zebra", before)).isSameAs(first);
                assertThat(first.words().unknown()).containsExactly("zebra");

                // a story with the word arrives: the word is known on the new reader, not remembered as unknown
                index.upsert(StoryIndexTest.story(2, "The zebra crossing", "He crossed at the zebra crossing alone.",
                        List.of("recovery"), "community-mental-health-team", "support-worker", "2024-03-12"));
                index.commit();
                try (DirectoryReader after = DirectoryReader.open(directory)) {
                    StoryQueries.Parsed again = queries.parse("allotment zebra", after);
                    assertThat(again).isNotSameAs(first);
                    assertThat(again.words().unknown()).isEmpty();
                    // reloaded word lists: parsed again with them
                    StoryQueries reloaded = new StoryQueries(StoryAnalysis.withoutSynonyms(), cache);
                    assertThat(reloaded.parse("allotment zebra", after)).isNotSameAs(again);
                    assertThat(cache.size()).isEqualTo(1);
                }
            }
        }
    }
}
