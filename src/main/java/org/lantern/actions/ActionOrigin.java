package org.lantern.actions;

/** Where an action was agreed. Stored as text in {@code action_point.origin_type}. */
public enum ActionOrigin {
    SESSION("session", "Reflective session"),
    SELF_REVIEW("self_review", "Recovery self-review"),
    DIRECT("direct", "Added directly");

    private final String key;
    private final String label;

    ActionOrigin(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The text stored in the database. */
    public String key() {
        return key;
    }

    /** How the origin reads in the log, e.g. "Reflective session". */
    public String label() {
        return label;
    }

    static ActionOrigin fromKey(String key) {
        for (ActionOrigin o : values()) {
            if (o.key.equals(key)) {
                return o;
            }
        }
        throw new IllegalArgumentException("Unknown action origin " + key);
    }
}
