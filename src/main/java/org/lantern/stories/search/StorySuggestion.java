package org.lantern.stories.search;

import org.jspecify.annotations.Nullable;

/**
 * A search-as-you-type suggestion: either a story title (with its slug) or words to search for.
 */
public record StorySuggestion(String text, @Nullable String slug) {
}
