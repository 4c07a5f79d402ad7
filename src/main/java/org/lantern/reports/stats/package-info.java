/**
 * The statistics behind evaluation reports, as plain functions of numbers: descriptive summaries
 * with t-based confidence intervals, the paired t-test, the Wilcoxon signed-rank test, the effect
 * size d_z with its noncentral-t interval, Hedges' g_z and the rank-biserial correlation
 * ({@link org.lantern.reports.stats.EffectSizes}), Holm and Benjamini–Hochberg adjustment
 * ({@link org.lantern.reports.stats.Multiplicity}), and scale reliability: Cronbach's alpha with
 * Feldt's interval, item-total correlations, alpha if deleted and McDonald's omega
 * ({@link org.lantern.reports.stats.ScaleReliability}). Distributions and the signed-rank test come
 * from Apache Commons Statistics, special functions and root finding from Apache Commons Numbers;
 * this package only decides which variant applies (see {@link org.lantern.reports.stats.PairedStatistics}).
 */
@NullMarked
package org.lantern.reports.stats;

import org.jspecify.annotations.NullMarked;
