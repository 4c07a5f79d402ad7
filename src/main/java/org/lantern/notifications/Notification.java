package org.lantern.notifications;

import java.time.OffsetDateTime;

/**
 * One notification in a person's notification centre.
 *
 * @param link the Lantern page it is about, a route such as {@code surveys/recovery-2026/before}
 */
public record Notification(long id, NotificationKind kind, String title, String body, String link, OffsetDateTime createdAt,
                           boolean read) {
}
