/**
 * Who may use what: the security chains, headers, the API's and metrics' access rules, and the interfaces
 * through which features plug in their sign-in page, session checks and sign-in refusals.
 */
@NullMarked
package org.lantern.base.security;

import org.jspecify.annotations.NullMarked;
