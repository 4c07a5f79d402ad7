/**
 * Before/after knowledge surveys: survey definitions from {@code content/surveys/}, programmes with
 * waves, pseudonymous responses matched across waves, autosave, CSV import (each import recorded),
 * response rates, released (frozen) responses and archiving. Answers are stored against a
 * per-programme participant code, never the account; an account reaches its code only through a
 * keyed link made with the {@link org.lantern.surveys.PseudonymKey}, which lives outside the database,
 * and only to resume a draft, prevent duplicates, remind and show people their own answers.
 * <p>The doors, one per job: {@link org.lantern.surveys.Programmes} (programmes, waves, archiving),
 * {@link org.lantern.surveys.SurveyAnswering} (a staff member's own answers),
 * {@link org.lantern.surveys.ResponseRates} (who has answered, never what),
 * {@link org.lantern.surveys.ResponseImport} (CSV imports), {@link org.lantern.surveys.ResponseReleases}
 * (what report releases need), {@link org.lantern.surveys.SurveyDataRights} (download and erasure) and
 * {@link org.lantern.surveys.EvaluationSource} (the read model reports are made from). Each has its
 * own package-private jOOQ repository ({@code ProgrammeRepository}, {@code ResponseRepository},
 * {@code LinkRepository}, {@code ImportRepository}, {@code EvaluationRepository}); response status and
 * source are enums mapped by jOOQ converters ({@code ResponseStatus}, {@code ResponseSource}).
 */
@NullMarked
package org.lantern.surveys;

import org.jspecify.annotations.NullMarked;
