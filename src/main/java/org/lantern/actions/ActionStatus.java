package org.lantern.actions;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.lantern.base.Keyed;

/**
 * Where an agreed action has got to. Its {@link #key()} (e.g. {@code in_progress}) is stored in
 * {@code action_point.status} and in an action's history, and written in the CSV export.
 */
@RequiredArgsConstructor
@Getter
public enum ActionStatus implements Keyed {
    OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), DROPPED("Dropped");

    private final String label;

    public boolean closed() {
        return this == DONE || this == DROPPED;
    }
}
