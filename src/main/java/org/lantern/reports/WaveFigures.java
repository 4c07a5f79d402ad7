package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.Descriptive;

/** Everyone's scores at one wave (matched or not): n, mean, SD and confidence interval, or why they are hidden. */
public record WaveFigures(@Nullable Descriptive stats, @Nullable Hidden hidden) {

    public boolean suppressed() {
        return hidden != null;
    }
}
