package org.lantern.notifications;

import org.jspecify.annotations.Nullable;

/**
 * A notification to write: to one person, about a subject (e.g. {@code survey:recovery-2026/before}) and
 * an occurrence (e.g. {@code day-7}); a second one with the same kind, person, subject and occurrence is
 * ignored. The title is also the e-mail subject, so it never holds a person's name or any answer.
 *
 * @param attachment a calendar invitation (iCalendar text) to attach to its e-mail, or null
 */
record NewNotification(NotificationKind kind, long accountId, String subject, String occurrence, String title, String body,
                       String link, @Nullable String attachment) {

    NewNotification(NotificationKind kind, long accountId, String subject, String occurrence, String title, String body, String link) {
        this(kind, accountId, subject, occurrence, title, body, link, null);
    }
}
