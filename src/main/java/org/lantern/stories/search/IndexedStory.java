package org.lantern.stories.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A published story as the index holds it: plain text (no markup), facets and dates.
 *
 * @param changed when the story last changed in the database (epoch milliseconds), so the index
 *                can tell whether it is up to date
 */
public record IndexedStory(long id, String slug, String title, String summary, String body, List<String> themes,
                           String setting, String role, LocalDate published, long changed) {
}
