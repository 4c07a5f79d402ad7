package org.lantern.surveys;

import org.lantern.base.content.ContentCatalogue;

/** Lets tests in other packages (the content fuzzer) load surveys exactly as the app does. */
public final class SurveyContentAccess {

    private SurveyContentAccess() {
    }

    public static ContentCatalogue newSurveyCatalogue() {
        return new SurveyCatalogue();
    }
}
