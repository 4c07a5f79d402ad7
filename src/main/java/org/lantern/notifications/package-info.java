/**
 * Notifications: the in-app notification centre (a bell with the unread count, a page to read them) and
 * e-mail through Spring's mail support ({@code spring.mail.*}; none configured: in-app only). Each
 * notification is one row of {@code notification}, written in the same transaction as the change or
 * check that causes it (the outbox), unique per kind, person, subject and occurrence, so nothing is said
 * twice. {@link org.lantern.notifications.NotificationSender} sends the due e-mails, claiming rows with
 * {@code FOR UPDATE SKIP LOCKED}, retrying with back-off and logging kind, recipient and time (never
 * content); db-scheduler runs it and the checks on one instance at a time.
 * <p>The doors: {@link org.lantern.notifications.Notifications} (a person's notifications and
 * preferences), {@link org.lantern.notifications.SurveyNotifications} (survey invitations and reminders,
 * from what {@code surveys.SurveyInvitations} says, never anyone's answers),
 * {@link org.lantern.notifications.TrainingNotifications} and {@link org.lantern.notifications.ActionNotifications}
 * (due and overdue checks), {@link org.lantern.notifications.CalendarFeeds} (each person's calendar feed link).
 * Sessions, actions and stories tell notifications of their changes through event records of their own,
 * published inside the change's transaction and written to the outbox by a listener here in that same
 * transaction, so those features never import this one. E-mails end with a signed one-click unsubscribe
 * link ({@code UnsubscribeLinks}, RFC 8058); sessions' e-mails carry an iCalendar invitation ({@code CalendarFiles}).
 */
@NullMarked
package org.lantern.notifications;

import org.jspecify.annotations.NullMarked;
