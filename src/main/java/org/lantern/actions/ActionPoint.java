package org.lantern.actions;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action a team agreed.
 *
 * @param ownerId  null when the owner is "the team"
 * @param originId the session or self-review it was agreed in; null when added directly
 * @param overdue  not closed and its due date had passed on the day it was read
 */
public record ActionPoint(long id, long teamId, String teamName, String description, @Nullable Long ownerId, String ownerName,
                          @Nullable LocalDate due, ActionStatus status, @Nullable String droppedReason, ActionOrigin origin,
                          @Nullable Long originId, Instant createdAt, Instant updatedAt, boolean overdue) {

    static boolean overdue(ActionStatus status, @Nullable LocalDate due, LocalDate today) {
        return !status.closed() && due != null && due.isBefore(today);
    }
}
