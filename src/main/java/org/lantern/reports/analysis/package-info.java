/**
 * Analysis files of a release for SPSS/PSPP, R and Stata: the release's tables (aggregates only, never
 * one row per person) as a tidy CSV, syntax that loads it with variable labels, value labels, missing
 * codes and measurement levels, and a codebook. Hidden figures stay empty with their reason in a column
 * of its own, so "hidden", "not applicable" and "not answered" never mix.
 */
@NullMarked
package org.lantern.reports.analysis;

import org.jspecify.annotations.NullMarked;
