package org.lantern.stories;

import org.lantern.base.Keyed;

import java.util.Optional;

/** Where an author agrees their published story may be used. */
public enum Audience implements Keyed {
    LIBRARY("The story library", "Staff can find and read it in Lantern's story library."),
    SESSIONS("Reflective sessions", "Managers can use it to start a discussion in a team's reflective session."),
    TRAINING("Training", "Editors can use it as an example in training modules.");

    private final String label;
    private final String description;

    Audience(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Optional<Audience> fromKey(String key) {
        return Keyed.fromKey(Audience.class, key);
    }
}
