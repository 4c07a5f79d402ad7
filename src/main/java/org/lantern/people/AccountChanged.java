package org.lantern.people;

import org.jspecify.annotations.Nullable;

/**
 * Published when an account, its roles, teams, password or organisation sign-in links change, or a team
 * is created, inside the change's transaction. The audit trail records it; people does not know the audit trail.
 *
 * @param by     the user name of whoever made the change; null for the person signed in to the current request
 * @param detail what changed, in words an administrator reads in the audit trail
 */
public record AccountChanged(@Nullable String by, String detail) {

    /** A change made by the person signed in to the current request. */
    static AccountChanged bySignedIn(String detail) {
        return new AccountChanged(null, detail);
    }
}
