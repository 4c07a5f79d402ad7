package org.lantern.journal;

import java.time.Instant;

/**
 * One entry in a staff member's private journal.
 *
 * @param prompt the reflection prompt the entry answers; empty for a free entry
 */
public record JournalEntry(long id, String title, String body, String prompt, JournalSource source,
                           Instant createdAt, Instant updatedAt) {

    /** True once the entry was changed after it was first saved. */
    public boolean edited() {
        return updatedAt.isAfter(createdAt);
    }
}
