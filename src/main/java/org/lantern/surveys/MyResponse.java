package org.lantern.surveys;

import java.time.Instant;
import java.util.Map;

/** The signed-in person's own response to one wave: only ever shown to them. */
public record MyResponse(Programme programme, Programme.Wave wave, SurveyDefinition survey, Map<String, String> answers,
                         boolean submitted, Instant submittedAt) {
}
