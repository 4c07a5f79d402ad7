package org.lantern.reports;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A programme's pre-registered analysis plan: one primary outcome, decided before the follow-up data exist.
 *
 * @param afterWave     the wave compared with the programme's first wave (its key)
 * @param theme         the primary theme's key
 * @param themeTitle    its title, as the survey names it now
 * @param alpha         the significance level the primary test is judged at
 * @param minimumChange the smallest mean change, in scale points, that would matter in practice
 * @param rationale     why, in the evaluator's words; null when none was given
 * @param lockedAt      when it was locked (it can then never change); null while it is a draft
 * @param lockedByRole  the role of the person who locked it ("evaluator" or "administrator"); null while a draft
 */
public record AnalysisPlan(String afterWave, String theme, String themeTitle, PlanTest test, double alpha, double minimumChange,
                           @Nullable String rationale, Instant savedAt, @Nullable Instant lockedAt, @Nullable String lockedByRole) {

    public boolean locked() {
        return lockedAt != null;
    }

    /**
     * What an evaluator asks for: the same fields, before they are checked.
     *
     * @param afterWave the follow-up wave's key; null or blank for the programme's last wave
     */
    public record Draft(@Nullable String afterWave, @Nullable String theme, @Nullable String test, @Nullable Double alpha,
                        @Nullable Double minimumChange, @Nullable String rationale) {
    }
}
