package org.lantern.reflection;

import java.time.Instant;

/** A planned reflective session for one team. Notes are not part of this: see {@link SessionDetail}. */
public record ReflectiveSession(long id, long teamId, String teamName, Instant startsAt, int durationMinutes,
                                String focusType, String focusRef, String focusTitle, String modelKey,
                                String preReading, boolean cancelled) {

    public boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }
}
