package org.lantern.actions;

import java.time.Instant;

/** One change to an action, for its history: who, when, what. */
public record ActionUpdate(Instant at, String who, ActionStatus from, ActionStatus to, String note) {
}
