package org.lantern.reflection;

import java.time.Instant;

/**
 * A planned reflective session for one team. Notes are not part of this: see {@link SessionDetail}.
 *
 * @param feedbackClosesAt attendees can give feedback from the start until then; fixed when the session is planned
 */
public record ReflectiveSession(long id, long teamId, String teamName, Instant startsAt, int durationMinutes,
                                FocusType focusType, String focusRef, String focusTitle, String modelKey,
                                String preReading, boolean cancelled, Instant feedbackClosesAt) {

    public boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Where the feedback window stands at a moment. */
    public SessionDetail.FeedbackPhase feedbackPhase(Instant now) {
        if (!started(now)) {
            return SessionDetail.FeedbackPhase.NOT_YET_OPEN;
        }
        return now.isBefore(feedbackClosesAt) ? SessionDetail.FeedbackPhase.OPEN : SessionDetail.FeedbackPhase.CLOSED;
    }
}
