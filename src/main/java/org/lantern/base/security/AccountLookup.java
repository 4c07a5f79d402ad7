package org.lantern.base.security;

import java.util.Optional;

/**
 * The one way to find an account by user name, for code that must start from a name (the signed-in
 * person's, an API caller's). Services take the {@link Account} itself where they can.
 */
public interface AccountLookup {

    /** The account with this user name (case-insensitive, in its normal form), if there is one. */
    Optional<Account> findByUsername(String username);
}
