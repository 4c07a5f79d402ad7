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

    static final String THEN_TEST_FIRST_WAVE = "looking-back (then-test) questions are asked only after the training, "
            + "not in the first survey.";

    /** Whether the item is a then-test question and the wave the programme's first: it is never asked there. */
    static boolean thenTestInFirstWave(Programme programme, Programme.Wave wave, SurveyDefinition.Item item) {
        return isThenTest(item) && programme.waves().getFirst().id() == wave.id();
    }

    /** Whether the item is a looking-back (then-test) question. */
    static boolean isThenTest(SurveyDefinition.Item item) {
        return item.key().endsWith(SurveyDefinition.THEN_TEST_SUFFIX);
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

    /**
     * Whether a likert answer is "Not applicable": its code ({@link SurveyDefinition#NOT_APPLICABLE}, or N/A), any case.
     *
     * @throws SurveyException when it is, but the question does not offer that answer
     */
    static boolean notApplicable(SurveyDefinition survey, SurveyDefinition.Item item, String value) {
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!code.equals(SurveyDefinition.NOT_APPLICABLE) && !code.equals("N/A")) {
            return false;
        }
        if (item.notApplicable()) {
            return true;
        }
        throw new SurveyException("this question does not offer '" + SurveyDefinition.NOT_APPLICABLE_LABEL + "' ("
                + SurveyDefinition.NOT_APPLICABLE + "): its answers are whole numbers from " + survey.scale().min() + " to "
                + survey.scale().max() + ".");
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
