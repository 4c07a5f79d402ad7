package org.lantern.notifications;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import org.lantern.reflection.ReflectiveSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Reflective sessions as iCalendar (RFC 5545) with ical4j: an invitation ({@code METHOD:REQUEST}, or
 * {@code CANCEL} once cancelled) for e-mails, and a person's feed ({@code METHOD:PUBLISH}). Each session
 * keeps one UID, {@code session-<id>@<Lantern's host>}, and its SEQUENCE grows when it changes, so a
 * calendar replaces the event rather than adding another. Times are in UTC. Only the team's name, the
 * time and a link: never the focus, notes or anyone's name.
 */
@Component
class CalendarFiles {

    private final String baseUrl;
    private final String host;
    private final String from;

    CalendarFiles(@Value("${lantern.notifications.base-url}") String baseUrl, @Value("${lantern.notifications.from}") String from) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String h = URI.create(this.baseUrl).getHost();
        this.host = h == null ? "lantern" : h;
        this.from = from;
    }

    /** The invitation for one session at this version, to attach to an e-mail. */
    String invitation(ReflectiveSession session, int sequence, Instant now) {
        Calendar calendar = calendar(session.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        VEvent event = event(session, sequence, now);
        event.add(new Organizer(URI.create("mailto:" + from)));
        calendar.add(event);
        return write(calendar);
    }

    /** A person's feed: these sessions, each at its current version. */
    String feed(List<ReflectiveSession> sessions, Instant now) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "Lantern: reflective sessions"));
        sessions.forEach(s -> calendar.add(event(s, s.cancelled() ? 1 : 0, now)));
        return write(calendar);
    }

    private static Calendar calendar(net.fortuna.ical4j.model.property.Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Lantern//Reflective sessions//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(method);
        return calendar;
    }

    private VEvent event(ReflectiveSession session, int sequence, Instant now) {
        Instant end = session.startsAt().plusSeconds(60L * session.durationMinutes());
        VEvent event = new VEvent(session.startsAt(), end, "Reflective practice session: " + session.teamName());
        String link = baseUrl + "sessions/" + session.id();
        event.replace(new DtStamp(now));
        event.add(new Uid("session-" + session.id() + "@" + host));
        event.add(new Sequence(sequence));
        event.add(session.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Url(URI.create(link)));
        event.add(new Description((session.cancelled() ? "Cancelled. " : "") + "Details and pre-reading in Lantern: " + link));
        return event;
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
