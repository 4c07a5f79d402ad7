/**
 * Who may use what: the security chains, headers, the API's and metrics' access rules, and the interfaces
 * through which features plug in their sign-in page, session checks and sign-in refusals.
 * Identity types the whole app needs live here, below every feature: the signed-in account
 * ({@link CurrentAccount}, {@link Account}), its roles ({@link Role}) and the one lookup by user name
 * ({@link AccountLookup}), which the people feature implements.
 */
@NullMarked
package org.lantern.base.security;

import org.jspecify.annotations.NullMarked;
