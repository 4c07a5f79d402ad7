package org.lantern.surveys;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's own part in one programme, found through their keyed link, for "Download my data": their
 * participant code, team and every response with its answers. Only ever given to that person.
 */
public record MyAnswers(String programme, String programmeTitle, String survey, String participantCode, String team,
                        List<Response> responses) {

    /** One wave's response; dates are days only. */
    public record Response(String wave, boolean submitted, LocalDate startedOn, @Nullable LocalDate submittedOn,
                           List<Answer> answers) {
    }

    /**
     * An answer as stored: a number on the scale (as given, before reverse scoring), or text, or (both
     * null) "Not applicable".
     */
    public record Answer(String item, @Nullable Integer number, @Nullable String text, boolean notApplicable) {

        public Answer(String item, @Nullable Integer number, @Nullable String text) {
            this(item, number, text, false);
        }
    }
}
