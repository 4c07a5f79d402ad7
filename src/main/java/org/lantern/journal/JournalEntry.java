package org.lantern.journal;

import java.time.Instant;

/**
 * One entry in a staff member's private journal.
 *
 * @param prompt the reflection prompt the entry answers; empty for a free entry
 */
public record JournalEntry(long id, String title, String body, String prompt, JournalSource source,
                           Instant createdAt, Instant updatedAt) {

    /** The prompt that marks an entry as a reflective account (written on the reflective account page). */
    public static final String REFLECTIVE_ACCOUNT =
            "Reflective account, laid out under the headings of the NMC's reflective accounts form";

    /** True for a reflective account rather than an ordinary entry. */
    public boolean isReflectiveAccount() {
        return REFLECTIVE_ACCOUNT.equals(prompt);
    }

    /** True once the entry was changed after it was first saved. */
    public boolean edited() {
        return updatedAt.isAfter(createdAt);
    }
}
