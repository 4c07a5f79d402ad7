package org.lantern.actions;

import org.lantern.base.Keyed;

/**
 * Where an action was agreed. Its {@link #key()} (e.g. {@code self_review}) is stored in
 * {@code action_point.origin_type} and written in the CSV export.
 */
public enum ActionOrigin implements Keyed {
    SESSION("Reflective session"),
    SELF_REVIEW("Recovery self-review"),
    DIRECT("Added directly");

    private final String label;

    ActionOrigin(String label) {
        this.label = label;
    }

    /** How the origin reads in the log, e.g. "Reflective session". */
    public String label() {
        return label;
    }
}
