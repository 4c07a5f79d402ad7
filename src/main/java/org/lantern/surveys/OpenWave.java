package org.lantern.surveys;

import java.time.LocalDate;
import java.util.List;

/**
 * A survey wave open today, as notifications need it: what to call it, where to answer it, and the days
 * after opening on which people who have not submitted it are reminded. Nothing about anyone's answers.
 *
 * @param waveId       the wave's id, stable for the wave's life (what a notification is about)
 * @param reminderDays days after {@code opens} on which to remind, as the evaluator chose them, ascending
 */
public record OpenWave(long waveId, String programmeKey, String programmeTitle, String waveKey, LocalDate opens,
                       LocalDate closes, List<Integer> reminderDays) {

    /** Where a staff member answers this wave in Lantern. */
    public String answerRoute() {
        return "surveys/" + programmeKey + "/" + waveKey;
    }
}
