/**
 * Privacy rights and the audit trail: an append-only record of sign-ins, exports, report views,
 * content reloads, moderation decisions, account changes and data-rights actions; sign-in
 * throttling (its own counters, reserved where every password is checked); "download my data" and account erasure; and the
 * retention purge. {@link org.lantern.audit.AuditService} and {@link org.lantern.audit.DataRightsService}
 * are the feature's doors.
 */
@NullMarked
package org.lantern.audit;

import org.jspecify.annotations.NullMarked;
