package org.lantern.reflection;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** What a session focuses on. Stored as its name in lower case in {@code reflective_session.focus_type}. */
@RequiredArgsConstructor
@Getter
public enum FocusType {
    STORY("A practice story"),
    LESSON("A module lesson"),
    TOOL("A practice tool"),
    /** A topic the manager names; the only focus no {@link SessionFocusSource} provides. */
    TOPIC("A topic of your own");

    /** Plain name for the picker, e.g. "A module lesson". */
    private final String label;
}
