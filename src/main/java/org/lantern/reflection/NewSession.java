package org.lantern.reflection;

import java.time.LocalDateTime;

/**
 * A session a manager plans.
 *
 * @param focusType {@code story}, {@code lesson}, {@code tool} or {@code topic}
 * @param focusRef  the chosen story, lesson or tool; for a topic, the topic itself
 */
public record NewSession(long teamId, LocalDateTime startsAt, int durationMinutes, String focusType, String focusRef,
                         String modelKey, String preReading) {
}
