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
 * from what {@code surveys.SurveyInvitations} says, never anyone's answers).
 */
@NullMarked
package org.lantern.notifications;

import org.jspecify.annotations.NullMarked;
