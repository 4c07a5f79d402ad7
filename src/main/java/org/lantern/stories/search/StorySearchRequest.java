package org.lantern.stories.search;

import org.jspecify.annotations.Nullable;

/**
 * What to search for. Blank filters mean "any".
 *
 * @param after the cursor of the previous page, or null for the first page
 */
public record StorySearchRequest(String text, String theme, String setting, String role, StorySort sort, int size,
                                 @Nullable StoryCursor after) {

    public StorySearchRequest {
        text = text == null ? "" : text.strip();
        theme = theme == null ? "" : theme.strip();
        setting = setting == null ? "" : setting.strip();
        role = role == null ? "" : role.strip();
        sort = sort == null ? StorySort.RELEVANCE : sort;
        size = Math.clamp(size, 1, 100);
    }

    public static StorySearchRequest of(String text) {
        return new StorySearchRequest(text, "", "", "", StorySort.RELEVANCE, 10, null);
    }

    public StorySearchRequest after(StoryCursor cursor) {
        return new StorySearchRequest(text, theme, setting, role, sort, size, cursor);
    }
}
