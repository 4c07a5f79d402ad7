package org.lantern.reports.api;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.AnalysisPlan;
import org.lantern.reports.PrimaryOutcome;

import java.time.Instant;

/**
 * A programme's analysis plan and a report's primary outcome in JSON. The plan names the role of whoever locked it,
 * never the person.
 */
final class PlanJson {

    private PlanJson() {
    }

    /**
     * The plan: primary theme, test ({@code paired-t} or {@code wilcoxon}), alpha and minimum meaningful change in
     * scale points, compared between the programme's first wave and {@code afterWave}.
     */
    record AnalysisPlanJson(String firstWave, String afterWave, String primaryTheme, String primaryThemeTitle, String test,
                            double alpha, double minimumChange, @Nullable String rationale, boolean locked,
                            @Nullable Instant lockedAt, @Nullable String lockedByRole, Instant savedAt) {

        static @Nullable AnalysisPlanJson of(@Nullable AnalysisPlan plan, String firstWave) {
            return plan == null ? null : new AnalysisPlanJson(firstWave, plan.afterWave(), plan.theme(), plan.themeTitle(),
                    plan.test().key(), plan.alpha(), plan.minimumChange(), plan.rationale(), plan.locked(), plan.lockedAt(),
                    plan.lockedByRole(), plan.savedAt());
        }
    }

    /**
     * The primary outcome of the report's group: {@code status} is {@code result}, {@code hidden},
     * {@code not-computable}, {@code other-waves} (the plan is about other surveys) or {@code no-plan}. Every other
     * figure of the report is exploratory: with a plan, everything but this outcome; without one, everything.
     */
    record PrimaryOutcomeJson(String status, @Nullable String theme, @Nullable String test, @Nullable Double alpha,
                              @Nullable Double minimumChange, @Nullable String group, @Nullable Integer pairs,
                              @Nullable Double meanChange, @Nullable Double ciLow, @Nullable Double ciHigh, @Nullable Double p,
                              @Nullable Boolean belowAlpha, @Nullable Boolean reachesMinimumChange,
                              @Nullable Boolean ciAboveMinimumChange, @Nullable String hidden, String summary) {

        static PrimaryOutcomeJson of(PrimaryOutcome o) {
            AnalysisPlan plan = o.plan();
            boolean applies = o.applies();
            return new PrimaryOutcomeJson(o.status().key(), applies ? plan.theme() : null, applies ? plan.test().key() : null,
                    applies ? plan.alpha() : null, applies ? plan.minimumChange() : null, o.group(), o.pairs(),
                    ReportJson.finite(o.meanChange()), ReportJson.finite(o.ciLow()), ReportJson.finite(o.ciHigh()),
                    ReportJson.finite(o.p()), o.belowAlpha(), o.reachesMinimum(), o.ciAboveMinimum(),
                    o.hidden() == null ? null : o.hidden().code(), o.summary());
        }
    }

    /** The plan as the evaluator edits it, with whether it can still be saved or locked. */
    record PlanStateJson(@Nullable AnalysisPlanJson plan, boolean editable, @Nullable String whyNotEditable) {
    }
}
