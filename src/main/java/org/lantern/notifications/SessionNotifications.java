package org.lantern.notifications;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.reflection.SessionScheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tells a team's members when their manager plans or cancels a reflective session, each with a calendar
 * invitation (a cancellation replaces it in their calendar); not for a session already over. Written in the
 * transaction that planned or cancelled the session, so the outbox holds it exactly when the change happened.
 */
@Component
@RequiredArgsConstructor
class SessionNotifications {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    private final Notifications notifications;
    private final PeopleService people;
    private final CalendarFiles calendars;
    private final Clock clock;

    @EventListener
    void on(SessionScheduled event) {
        ReflectiveSession session = event.session();
        if (!session.startsAt().plusSeconds(60L * session.durationMinutes()).isAfter(clock.instant())) {
            return; // a session recorded after it took place: nothing to put in anyone's calendar
        }
        String when = WHEN.format(session.startsAt().atZone(clock.getZone()));
        String invitation = calendars.invitation(session, event.sequence(), clock.instant());
        String title = (session.cancelled() ? "Reflective session cancelled: " : "Reflective session planned: ") + when;
        String body = session.cancelled()
                ? "The reflective practice session of " + session.teamName() + " on " + when + " is cancelled. The attached "
                + "calendar file takes it out of your calendar."
                : "Your manager has planned a reflective practice session for " + session.teamName() + " on " + when + ", for "
                + session.durationMinutes() + " minutes. Add it to your calendar with the attached file; Lantern shows any "
                + "pre-reading.";
        notifications.write(people.teamMembers(session.teamId()).stream().filter(Account::enabled)
                .map(a -> new NewNotification(NotificationKind.REFLECTIVE_SESSION, a.id(), "session:" + session.id(),
                        "sequence-" + event.sequence(), title, body, "sessions/" + session.id(), invitation))
                .toList());
    }
}
