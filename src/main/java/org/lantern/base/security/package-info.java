/**
 * Who may use what: the security chains, headers, the API's and metrics' access rules, and the interfaces
 * through which features plug in their sign-in page, session checks and sign-in refusals.
 * Identity types the whole app needs live here, below every feature: the signed-in account
 * ({@link CurrentAccount}, {@link Account}), its roles ({@link Role}) and the one lookup by user name
 * ({@link AccountLookup}), which the people feature implements. Services take the signed-in {@link Account}
 * itself, never a user name to look up again: views get it from {@link CurrentAccount}, API controllers as a
 * method parameter ({@link SignedInAccountArguments}). Whether someone belongs to or manages a team is
 * asked of the account ({@link Account#belongsTo}, {@link Account#manages}).
 */
@NullMarked
package org.lantern.base.security;

import org.jspecify.annotations.NullMarked;
