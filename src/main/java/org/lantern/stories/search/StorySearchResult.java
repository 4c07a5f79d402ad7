package org.lantern.stories.search;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total         how many stories match in all
 * @param facets        per dimension (theme, setting, role), value slug to number of matching stories, largest first
 * @param correctedText when nothing matched what was typed, the spelling-corrected text that was searched instead
 * @param next          cursor for the next page, or null on the last page
 * @param unknownWords  words typed that no story uses (nor any related idea), left out of the search
 * @param closest       true when no story has all the words typed: these are the closest, ranked by how many
 *                      and which of the words they have
 * @param shorterSearch with {@code closest}, fewer of the words that some story has all of, or null
 */
public record StorySearchResult(long total, List<StoryHit> hits, Map<String, Map<String, Integer>> facets,
                                @Nullable String correctedText, @Nullable StoryCursor next, List<String> unknownWords,
                                boolean closest, @Nullable String shorterSearch) {

    public StorySearchResult {
        unknownWords = List.copyOf(unknownWords);
    }
}
