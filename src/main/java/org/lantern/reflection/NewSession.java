package org.lantern.reflection;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/**
 * A session a manager plans.
 *
 * @param focusType null when none was chosen
 * @param focusRef  the chosen story, lesson or tool; for a topic, the topic itself
 */
public record NewSession(long teamId, LocalDateTime startsAt, int durationMinutes, @Nullable FocusType focusType, String focusRef,
                         String modelKey, String preReading) {
}
