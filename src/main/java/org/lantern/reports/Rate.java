package org.lantern.reports;

import org.jspecify.annotations.Nullable;

/** A percentage (0 to 100), or why it is hidden. Null without a hidden reason when there is nothing to divide by. */
public record Rate(@Nullable Double percent, @Nullable Hidden hidden) {

    public boolean suppressed() {
        return hidden != null;
    }
}
