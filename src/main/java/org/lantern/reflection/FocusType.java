package org.lantern.reflection;

/** What a session focuses on. Stored as its name in lower case in {@code reflective_session.focus_type}. */
public enum FocusType {
    STORY, LESSON, TOOL,
    /** A topic the manager names; the only focus no {@link SessionFocusSource} provides. */
    TOPIC
}
