package org.lantern.actions;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One change to an action, for its history: who, when, what.
 *
 * @param from null for the first entry, when the action was agreed
 */
public record ActionUpdate(Instant at, String who, @Nullable ActionStatus from, ActionStatus to, String note) {
}
