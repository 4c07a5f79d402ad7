package org.lantern.stories;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.lantern.base.Keyed;

import java.util.Optional;

/** Where an author agrees their published story may be used. */
@RequiredArgsConstructor
@Getter
public enum Audience implements Keyed {
    LIBRARY("The story library", "Staff can find and read it in Lantern's story library."),
    SESSIONS("Reflective sessions", "Managers can use it to start a discussion in a team's reflective session."),
    TRAINING("Training", "Editors can use it as an example in training modules.");

    private final String label;
    private final String description;

    public static Optional<Audience> fromKey(String key) {
        return Keyed.fromKey(Audience.class, key);
    }
}
