package org.lantern.reflection;

/** What a session focuses on. Stored as its name in lower case in {@code reflective_session.focus_type}. */
public enum FocusType {
    STORY("A practice story"),
    LESSON("A module lesson"),
    TOOL("A practice tool"),
    /** A topic the manager names; the only focus no {@link SessionFocusSource} provides. */
    TOPIC("A topic of your own");

    private final String label;

    FocusType(String label) {
        this.label = label;
    }

    /** Plain name for the picker, e.g. "A module lesson". */
    public String label() {
        return label;
    }
}
