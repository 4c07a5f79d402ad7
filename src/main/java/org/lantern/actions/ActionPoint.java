package org.lantern.actions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action a team agreed.
 *
 * @param ownerId   null when the owner is "the team"
 * @param originType {@code session}, {@code self_review} or {@code direct}
 */
public record ActionPoint(long id, long teamId, String teamName, String description, Long ownerId, String ownerName,
                          LocalDate due, ActionStatus status, String droppedReason, String originType, Long originId,
                          Instant createdAt, Instant updatedAt) {

    public boolean overdue(LocalDate today) {
        return !status.closed() && due != null && due.isBefore(today);
    }

    public String originLabel() {
        return switch (originType) {
            case "session" -> "Reflective session";
            case "self_review" -> "Recovery self-review";
            default -> "Added directly";
        };
    }
}
