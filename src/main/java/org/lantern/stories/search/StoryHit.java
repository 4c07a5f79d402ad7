package org.lantern.stories.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result.
 *
 * @param snippetHtml a passage of the story, HTML-escaped, with matched words in {@code <mark>};
 *                    the summary (escaped) when nothing in the body matched
 */
public record StoryHit(long id, String slug, String title, String summary, String snippetHtml, List<String> themes,
                       String setting, String role, LocalDate published, float score) {
}
