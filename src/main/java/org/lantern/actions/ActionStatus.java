package org.lantern.actions;

/** Where an agreed action has got to. Stored as text in {@code action_point.status}. */
public enum ActionStatus {
    OPEN("open", "Open"), IN_PROGRESS("in_progress", "In progress"), DONE("done", "Done"), DROPPED("dropped", "Dropped");

    private final String key;
    private final String label;

    ActionStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The text stored in the database and written in the CSV export. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == DONE || this == DROPPED;
    }

    static ActionStatus fromKey(String key) {
        for (ActionStatus s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown action status " + key);
    }
}
