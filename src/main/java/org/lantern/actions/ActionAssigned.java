package org.lantern.actions;

/**
 * Published inside the transaction that adds an action to a team's log, for whoever tells its owner
 * (the notifications feature listens; actions knows nothing of it).
 *
 * @param addedBy the account that added it (not told about what they did themselves)
 */
public record ActionAssigned(ActionPoint action, long addedBy) {
}
