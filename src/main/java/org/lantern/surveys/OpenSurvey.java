package org.lantern.surveys;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A survey wave a staff member can answer now, how far they have got with it, and the day they submitted it. */
public record OpenSurvey(Programme programme, Programme.Wave wave, SurveyDefinition survey, Status status,
                         @Nullable LocalDate submittedOn) {

    public enum Status { NOT_STARTED, DRAFT, SUBMITTED }
}
