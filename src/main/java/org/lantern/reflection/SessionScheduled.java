package org.lantern.reflection;

/**
 * Published inside the transaction that plans or cancels a session, for whoever tells the team (the
 * notifications feature listens; reflection knows nothing of it).
 *
 * @param sequence how many times the session changed since it was planned: 0 when planned, 1 once cancelled
 *                 (a calendar's SEQUENCE: a later version replaces an earlier one)
 */
public record SessionScheduled(ReflectiveSession session, int sequence) {

    /** The version a session is at: cancelling is its one change. */
    public static SessionScheduled of(ReflectiveSession session) {
        return new SessionScheduled(session, session.cancelled() ? 1 : 0);
    }
}
