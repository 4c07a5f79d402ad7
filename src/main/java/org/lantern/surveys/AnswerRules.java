package org.lantern.surveys;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** What makes an answer valid, the same whether it is typed in Lantern or imported from a file; and how days read. */
final class AnswerRules {

    static final int MAX_TEXT = 5000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AnswerRules() {
    }

    /** A whole number on the survey's scale. */
    static int parseScale(SurveyDefinition survey, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (survey.scale() != null && number >= survey.scale().min() && number <= survey.scale().max()) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SurveyException("Answers on this scale are whole numbers from " + survey.scale().min() + " to "
                + survey.scale().max() + ", not '" + value + "'.");
    }

    /** The option as the survey spells it, matched ignoring case and surrounding spaces. */
    static Optional<String> matchOption(SurveyDefinition.Item item, String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return item.options().stream().filter(o -> o.trim().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** A day as messages show it, e.g. 7 December 2026. */
    static String day(LocalDate day) {
        return DAY.format(day);
    }
}
