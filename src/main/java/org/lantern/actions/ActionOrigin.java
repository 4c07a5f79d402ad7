package org.lantern.actions;

import java.util.Locale;

/** Where an action was agreed. Stored as its name in lower case in {@code action_point.origin_type}. */
public enum ActionOrigin {
    SESSION("Reflective session"),
    SELF_REVIEW("Recovery self-review"),
    DIRECT("Added directly");

    private final String label;

    ActionOrigin(String label) {
        this.label = label;
    }

    /** As stored, and as written in the CSV export: e.g. {@code self_review}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How the origin reads in the log, e.g. "Reflective session". */
    public String label() {
        return label;
    }
}
