/**
 * Programme evaluation reports: response, per-question and per-theme change between two survey
 * waves on matched participants, team comparisons, knowledge questions, what staff wrote, and the
 * link with training, with small groups hidden. Exports as CSV, XLSX and PDF.
 *
 * <p>{@link org.lantern.reports.ReportService} is the door. It reads the survey and training tables
 * directly (read-only, aggregates only), because a report needs every answer of two waves in one or
 * two queries; nothing here returns one person's answers or links an answer to an account.
 */
@NullMarked
package org.lantern.reports;

import org.jspecify.annotations.NullMarked;
