package org.lantern.surveys;

import java.time.LocalDate;

/**
 * A programme was archived: its participants' links and its unsubmitted responses were deleted.
 * Returned to the caller and published as an application event, so that a feature keeping an
 * account of such actions (the audit trail) can record it without surveys knowing about it.
 *
 * @param archivedBy the user name of the evaluator or administrator who archived it
 */
public record ProgrammeArchived(String programme, String title, String archivedBy, LocalDate archivedOn,
                                int linksDeleted, int draftsDeleted) {
}
