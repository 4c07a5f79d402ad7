package org.lantern.surveys.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Addresses and wording shared by the survey pages. */
final class SurveyLinks {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private SurveyLinks() {
    }

    static String response(String programmeKey, String waveKey) {
        return "surveys/" + programmeKey + "/" + waveKey;
    }

    static String programme(String programmeKey) {
        return "programmes/" + programmeKey;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "before" → "Before", "follow-up-1" → "Follow up 1". */
    static String waveLabel(String key) {
        String words = key.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
