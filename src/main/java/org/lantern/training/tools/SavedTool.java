package org.lantern.training.tools;

import java.time.Instant;
import java.util.Map;

/**
 * A person's saved copy of a practice tool.
 *
 * @param values the answers by field key, in the tool's order; unanswered fields are left out.
 *               Checkboxes are {@code "true"} or {@code "false"}, dates ISO ({@code 2026-03-31}).
 */
public record SavedTool(long id, String toolKey, String title, Map<String, String> values, Instant createdAt,
                        Instant updatedAt) {

    /** The answer to one field, or empty text when it was not answered. */
    public String value(String fieldKey) {
        return values.getOrDefault(fieldKey, "");
    }
}
