package org.lantern.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param username  the account's user name at the time, or the name typed in a failed sign-in
 * @param clientIp  where the request came from; empty for work Lantern did by itself
 */
public record AuditEntry(long id, Instant at, @Nullable Long accountId, String username, String eventType,
                         String detail, @Nullable String clientIp) {

    /** The plain-English name of the event type, or its key when it is not one Lantern knows. */
    public String eventLabel() {
        return AuditEventType.fromKey(eventType).map(AuditEventType::label).orElse(eventType);
    }
}
