/**
 * Before/after knowledge surveys: survey definitions from {@code content/surveys/}, programmes with
 * waves, pseudonymous responses matched across waves, autosave, CSV import (each import recorded),
 * response rates, released (frozen) responses and archiving. Answers are stored against a
 * per-programme participant code, never the account; an account reaches its code only through a
 * keyed link made with the {@link org.lantern.surveys.PseudonymKey}, which lives outside the database,
 * and only to resume a draft, prevent duplicates, remind and show people their own answers.
 * {@link org.lantern.surveys.SurveyService} is the door for other features.
 */
@NullMarked
package org.lantern.surveys;

import org.jspecify.annotations.NullMarked;
