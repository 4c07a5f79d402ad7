package org.lantern.actions;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.lantern.base.Keyed;

/**
 * Where an action was agreed. Its {@link #key()} (e.g. {@code self_review}) is stored in
 * {@code action_point.origin_type} and written in the CSV export.
 */
@RequiredArgsConstructor
@Getter
public enum ActionOrigin implements Keyed {
    SESSION("Reflective session"),
    SELF_REVIEW("Recovery self-review"),
    DIRECT("Added directly");

    /** How the origin reads in the log, e.g. "Reflective session". */
    private final String label;
}
