package org.lantern.actions;

import java.util.Optional;

/** Where an agreed action has got to. */
public enum ActionStatus {
    OPEN("open", "Open"), IN_PROGRESS("in_progress", "In progress"), DONE("done", "Done"), DROPPED("dropped", "Dropped");

    private final String key;
    private final String label;

    ActionStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == DONE || this == DROPPED;
    }

    public static Optional<ActionStatus> fromKey(String key) {
        for (ActionStatus s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
