package org.lantern.reports;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.Descriptive;

/**
 * Did drop-out bias a theme's result? The before scores of the people who answered the theme in both surveys (the
 * pairs the change is about: "completers") and of those who answered it before but not after ("drop-outs"), with
 * the standardised difference between them. Both groups are populations the release's disclosure audit already
 * checks (the pairs, and everyone before minus the pairs), so these figures are shown only when the theme's before
 * figures and its change are both shown in the group; otherwise {@code hidden} says why.
 *
 * @param completers the completers' before scores; null when hidden
 * @param dropOuts   the drop-outs' before scores; null when hidden
 * @param cohenD     (completers' mean − drop-outs' mean) / pooled SD (n − 1 weighted); null with fewer than 2 in
 *                   either group or no spread
 * @param hedgesG    Cohen's d × J(n₁ + n₂ − 2), Hedges' small-sample correction; null when d is or with fewer than 3 people
 */
public record Attrition(@Nullable Descriptive completers, @Nullable Descriptive dropOuts, @Nullable Double cohenD,
                        @Nullable Double hedgesG, @Nullable Hidden hidden) {

    public boolean suppressed() {
        return hidden != null;
    }

    /** The method note's paragraph. */
    static String methodNote() {
        return "Attrition: for each theme, the before scores of the people who answered it in both surveys (completers: "
                + "the people every change figure is about) are set beside those of the people who answered it before but not "
                + "after (drop-outs), with n, mean and SD for each, Cohen's d = (completers' mean - drop-outs' mean) / pooled "
                + "SD, the pooled SD weighting each group's variance by n - 1, and Hedges' g = d x J(n1 + n2 - 2) (Hedges "
                + "1981). A d near 0 suggests that the people who dropped out started out like those who stayed; a large d "
                + "means the change figures may not speak for everyone who started. Drop-outs are everyone before minus the "
                + "completers, two groups the privacy checks already cover, so these figures are shown only where the theme's "
                + "before figures and its change are both shown.";
    }
}
