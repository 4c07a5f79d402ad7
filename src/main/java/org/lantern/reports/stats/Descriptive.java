package org.lantern.reports.stats;

import org.jspecify.annotations.Nullable;

/**
 * One group's scores at one wave.
 *
 * @param n      how many scores
 * @param mean   null when {@code n} is 0
 * @param sd     standard deviation with n − 1 in the denominator; null when {@code n} &lt; 2
 * @param ciLow  lower end of the t-based 95% confidence interval of the mean; null when {@code n} &lt; 2
 * @param ciHigh upper end of that interval
 */
public record Descriptive(int n, @Nullable Double mean, @Nullable Double sd, @Nullable Double ciLow, @Nullable Double ciHigh) {
}
