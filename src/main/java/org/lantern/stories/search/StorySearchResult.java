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
 */
public record StorySearchResult(long total, List<StoryHit> hits, Map<String, Map<String, Integer>> facets,
                                @Nullable String correctedText, @Nullable StoryCursor next) {
}
