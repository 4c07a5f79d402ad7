package org.lantern.journal.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the journal pages show them, e.g. "12 March 2026, 14:05". */
final class JournalFormat {

    static final String REMINDER = "Keep it private and don't name people using services or colleagues.";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private JournalFormat() {
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
