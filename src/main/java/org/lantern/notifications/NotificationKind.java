package org.lantern.notifications;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.lantern.base.Keyed;

/** What a notification is about; its {@link #key()} is stored in {@code notification.kind}. */
@RequiredArgsConstructor
@Getter
public enum NotificationKind implements Keyed {
    SURVEY_INVITATION("Survey invitations", "When a survey you are asked to answer opens", false),
    SURVEY_REMINDER("Survey reminders", "On the days the evaluator chose, while you have not yet answered an open survey", false);

    /** How the kind reads on the preferences page. */
    private final String label;
    /** When it is sent, in words. */
    private final String when;
    /** Essential kinds are always e-mailed (no unsubscribe link); the others can be turned off. */
    private final boolean essential;
}
