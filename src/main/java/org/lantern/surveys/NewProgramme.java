package org.lantern.surveys;

import java.time.LocalDate;
import java.util.List;

/**
 * What an evaluator enters to create a programme.
 *
 * @param teamNames teams by name; a name not known yet creates the team (e.g. for paper data)
 */
public record NewProgramme(String key, String title, String surveyKey, List<String> teamNames, List<NewWave> waves) {

    public record NewWave(String key, LocalDate opens, LocalDate closes) {
    }
}
