package org.lantern.surveys;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person's own response to one wave: only ever shown to them.
 *
 * @param submittedOn the day it was submitted (days only are kept), or null for a draft
 */
public record MyResponse(Programme programme, Programme.Wave wave, SurveyDefinition survey, Map<String, String> answers,
                         boolean submitted, @Nullable LocalDate submittedOn) {

    /**
     * The then-test (looking back) questions this wave asks: the survey's, in every wave but the programme's first
     * (before the training there is nothing to look back on); none in the first.
     */
    public List<SurveyDefinition.Item> thenTestItems() {
        return programme.waves().getFirst().id() == wave.id() ? List.of() : survey.thenTestItems();
    }

    /** Every question this wave asks that is answered on a scale or with an option: the survey's, then the then-test's. */
    public List<SurveyDefinition.Item> scoredItems() {
        List<SurveyDefinition.Item> items = new java.util.ArrayList<>(survey.scoredItems());
        items.addAll(thenTestItems());
        return List.copyOf(items);
    }
}
