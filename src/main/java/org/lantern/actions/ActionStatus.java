package org.lantern.actions;

import org.lantern.base.Keyed;

/**
 * Where an agreed action has got to. Its {@link #key()} (e.g. {@code in_progress}) is stored in
 * {@code action_point.status} and in an action's history, and written in the CSV export.
 */
public enum ActionStatus implements Keyed {
    OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == DONE || this == DROPPED;
    }
}
