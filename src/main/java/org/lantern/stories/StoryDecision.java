package org.lantern.stories;

import java.time.Instant;
import java.util.Map;

/**
 * One entry in a story's audit trail: who did what, when, and what changed.
 *
 * @param changes field name to its value before and after
 */
public record StoryDecision(Instant at, String actorName, String action, String note, Map<String, Change> changes) {

    /** A field's value before and after. */
    public record Change(String before, String after) {
    }
}
