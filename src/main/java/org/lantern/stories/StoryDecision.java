package org.lantern.stories;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

/**
 * One entry in a story's audit trail: who did what, when, and what changed.
 *
 * @param changes field name to its value before and after (after the retention period: field names only)
 */
public record StoryDecision(Instant at, String actorName, String action, String note, Map<String, Change> changes) {

    /**
     * A field's value before and after; both null once that text is no longer kept (the field name
     * stays: see {@code lantern.retention.story-text}).
     */
    public record Change(@Nullable String before, @Nullable String after) {

        /** A change whose text was deleted when its retention period ended. */
        public static final Change REMOVED = new Change(null, null);

        /** Whether the text before and after is still kept. */
        public boolean textKept() {
            return before != null;
        }
    }
}
