package org.lantern.reports;

import org.jspecify.annotations.Nullable;

/** A number of people, or why it is hidden. */
public record Count(@Nullable Integer value, @Nullable Hidden hidden) {

    public static Count of(int value, @Nullable Hidden hidden) {
        return new Count(hidden == null ? value : null, hidden);
    }

    public boolean suppressed() {
        return hidden != null;
    }
}
