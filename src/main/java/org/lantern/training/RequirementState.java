package org.lantern.training;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * Where a person stands with a module they are required to complete. A completion that has expired
 * no longer counts: the module is due again.
 */
@RequiredArgsConstructor
@Getter
public enum RequirementState {
    DONE("Done", true),
    REFRESH_DUE("Done, refresh due", true),
    NOT_DUE_YET("Not done, not due yet", false),
    DUE_SOON("Due soon", false),
    OVERDUE("Overdue", false);

    /** How soon before its due date a required module counts as due soon. */
    public static final int DUE_SOON_DAYS = 14;

    /** The state in plain words, for pages and exports (never shown by colour alone). */
    private final String label;
    /** Whether the person holds a completion that counts today. */
    private final boolean done;
}
