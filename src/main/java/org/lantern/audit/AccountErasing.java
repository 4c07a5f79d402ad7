package org.lantern.audit;

/**
 * An administrator is erasing this account (published inside the erasure's transaction, before the
 * account's own rows are anonymised): each feature that holds the person's words forgets them now, in
 * the same transaction, so the erasure either removes everything or nothing. Features listen to it
 * rather than the data-rights service calling each of them, so {@code audit} depends on no feature
 * that itself records audit entries.
 *
 * @param accountId the account being erased
 */
public record AccountErasing(long accountId) {
}
