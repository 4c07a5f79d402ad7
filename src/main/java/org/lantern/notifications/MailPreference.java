package org.lantern.notifications;

/**
 * A person's choice for one kind of notification: e-mail or not, and at once or in a daily digest.
 * Without a choice: e-mail at once.
 */
public record MailPreference(NotificationKind kind, boolean email, boolean digest) {

    static MailPreference defaultFor(NotificationKind kind) {
        return new MailPreference(kind, true, false);
    }
}
