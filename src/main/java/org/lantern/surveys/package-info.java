/**
 * Before/after knowledge surveys: survey definitions from {@code content/surveys/}, programmes with
 * waves, pseudonymous responses matched across waves, autosave, CSV import and response rates.
 * Answers are stored against a per-programme participant code, never the account; the separate
 * link table is only used to resume a draft, prevent duplicates and show people their own answers.
 * {@link org.lantern.surveys.SurveyService} is the door for other features.
 */
@NullMarked
package org.lantern.surveys;

import org.jspecify.annotations.NullMarked;
