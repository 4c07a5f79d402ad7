package org.lantern.reflection;

/** What a session focuses on. Stored as text in {@code reflective_session.focus_type}. */
public enum FocusType {
    STORY("story"), LESSON("lesson"), TOOL("tool"),
    /** A topic the manager names; the only focus no {@link SessionFocusSource} provides. */
    TOPIC("topic");

    private final String key;

    FocusType(String key) {
        this.key = key;
    }

    /** The text stored in the database. */
    public String key() {
        return key;
    }

    static FocusType fromKey(String key) {
        for (FocusType t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown focus type " + key);
    }
}
