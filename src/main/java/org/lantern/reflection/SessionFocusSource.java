package org.lantern.reflection;

import java.util.List;
import java.util.Optional;

/**
 * Something a reflective session can focus on (a practice story, a module lesson, a practice
 * tool). Features provide these as Spring beans, so sessions do not depend on their internals.
 */
public interface SessionFocusSource {

    /** What kind of focus this source offers: a story, a lesson or a tool (never a topic). */
    FocusType type();

    /** Plain name for the picker, e.g. "A module lesson". */
    default String label() {
        return type().label();
    }

    List<Option> options();

    /** The text to show in the session and in facilitation mode. */
    Optional<Content> content(String ref);

    record Option(String ref, String title) {
    }

    /**
     * @param html safe HTML (already sanitised) of the focus, for large-type reading
     * @param link where staff can open it in Lantern
     */
    record Content(String title, String html, String link) {
    }
}
