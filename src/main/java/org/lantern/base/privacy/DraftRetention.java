package org.lantern.base.privacy;

import java.time.Instant;

/**
 * A feature that keeps drafts nobody submitted: the daily retention purge asks it to delete those
 * untouched for the retention period. Implementations are Spring beans working on their own tables.
 */
public interface DraftRetention {

    /** What the drafts are, in words after a number: "story drafts". */
    String drafts();

    /** Deletes drafts never submitted and untouched since the cutoff; returns how many. */
    int purgeDraftsUntouchedSince(Instant cutoff);
}
