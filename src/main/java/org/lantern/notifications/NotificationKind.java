package org.lantern.notifications;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.lantern.base.Keyed;

/** What a notification is about; its {@link #key()} is stored in {@code notification.kind}. */
@RequiredArgsConstructor
@Getter
public enum NotificationKind implements Keyed {
    SURVEY_INVITATION("Survey invitations", "When a survey you are asked to answer opens", false),
    SURVEY_REMINDER("Survey reminders", "On the days the evaluator chose, while you have not yet answered an open survey", false),
    REQUIRED_LEARNING_DUE("Required learning due soon", "14 days before a module required of you is due, unless you have completed it, and 60 days before a completion of it lapses", false),
    REQUIRED_LEARNING_OVERDUE("Required learning overdue", "The day after a module required of you was due, if you have not completed it", false),
    REFLECTIVE_SESSION("Reflective sessions", "When your team's manager plans or cancels a reflective session, with a calendar invitation", false),
    ACTION_ASSIGNED("Actions for you", "When someone adds an action to your team's log with you as its owner (managers: with the team as owner)", false),
    ACTION_OVERDUE("Overdue actions", "The day after an action you own (managers: one the team owns) was due, if it is still open", false),
    STORY_DECISION("Decisions on your stories", "When an editor approves your story, sends it back for changes or does not accept it", false);

    /** How the kind reads on the preferences page. */
    private final String label;
    /** When it is sent, in words. */
    private final String when;
    /** Essential kinds are always e-mailed (no unsubscribe link); the others can be turned off. */
    private final boolean essential;
}
