package org.lantern.surveys;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Map;

/**
 * The signed-in person's own response to one wave: only ever shown to them.
 *
 * @param submittedOn the day it was submitted (days only are kept), or null for a draft
 */
public record MyResponse(Programme programme, Programme.Wave wave, SurveyDefinition survey, Map<String, String> answers,
                         boolean submitted, @Nullable LocalDate submittedOn) {
}
