package org.lantern.audit;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every part is optional.
 *
 * @param person part of a user name (case-insensitive)
 * @param from   first day, inclusive (UTC)
 * @param to     last day, inclusive (UTC)
 */
public record AuditFilter(@Nullable String person, @Nullable AuditEventType type, @Nullable LocalDate from,
                          @Nullable LocalDate to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null);
    }
}
