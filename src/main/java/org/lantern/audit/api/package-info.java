/** JSON API of the audit feature: {@code GET /api/me/data}, the caller's own data as a ZIP. */
@NullMarked
package org.lantern.audit.api;

import org.jspecify.annotations.NullMarked;
