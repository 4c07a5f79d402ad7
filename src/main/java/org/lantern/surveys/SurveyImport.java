package org.lantern.surveys;

import java.time.LocalDate;

/** A CSV import of responses into a programme: when, by whom (the name at the time) and how many. */
public record SurveyImport(LocalDate importedOn, String importedBy, int responses) {
}
