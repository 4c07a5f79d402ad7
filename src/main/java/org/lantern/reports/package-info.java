/**
 * Programme evaluation reports: response, per-question and per-theme change between two survey
 * waves on matched participants, team comparisons, knowledge questions, what staff wrote, and the
 * link with training. Exports as CSV, XLSX and PDF.
 *
 * <p>Figures exist only as <em>releases</em>: {@link org.lantern.reports.ReleaseService} works them out
 * once both waves have closed, puts every figure of the release and of every earlier release through
 * {@link org.lantern.reports.disclosure.DisclosureControl}, and stores the result, which
 * {@link org.lantern.reports.ReportService} reads for pages, downloads and the API. Answers come
 * only through surveys' read model ({@link org.lantern.surveys.EvaluationSource}); nothing here reads
 * survey, participant or account tables, returns one person's answers or links an answer to an account.
 */
@NullMarked
package org.lantern.reports;

import org.jspecify.annotations.NullMarked;
