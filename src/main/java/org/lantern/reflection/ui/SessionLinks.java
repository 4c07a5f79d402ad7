package org.lantern.reflection.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Addresses and date wording for the session pages. */
final class SessionLinks {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private SessionLinks() {
    }

    static String session(long id) {
        return "sessions/" + id;
    }

    static String facilitate(long id) {
        return "sessions/" + id + "/facilitate";
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }
}
