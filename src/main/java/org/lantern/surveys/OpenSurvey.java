package org.lantern.surveys;

import java.time.Instant;

/** A survey wave a staff member can answer now, and how far they have got with it. */
public record OpenSurvey(Programme programme, Programme.Wave wave, SurveyDefinition survey, Status status,
                         Instant submittedAt) {

    public enum Status { NOT_STARTED, DRAFT, SUBMITTED }
}
