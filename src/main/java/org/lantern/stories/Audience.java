package org.lantern.stories;

import java.util.Locale;
import java.util.Optional;

/** Where an author agrees their published story may be used. */
public enum Audience {
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

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Audience> fromKey(String key) {
        for (Audience a : values()) {
            if (a.key().equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
