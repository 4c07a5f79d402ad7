package org.lantern.actions;

import java.util.Locale;

/**
 * Where an agreed action has got to. Stored as its name in lower case in {@code action_point.status}
 * and in an action's history.
 */
public enum ActionStatus {
    OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    /** As stored, and as written in the CSV export: e.g. {@code in_progress}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == DONE || this == DROPPED;
    }
}
