/**
 * The statistics behind evaluation reports, as plain functions of numbers: descriptive summaries
 * with t-based confidence intervals, the paired t-test, the Wilcoxon signed-rank test and the
 * effect size d_z. Distributions and the signed-rank test come from Apache Commons Statistics;
 * this package only decides which variant applies (see {@link org.lantern.reports.stats.PairedStatistics}).
 */
@NullMarked
package org.lantern.reports.stats;

import org.jspecify.annotations.NullMarked;
