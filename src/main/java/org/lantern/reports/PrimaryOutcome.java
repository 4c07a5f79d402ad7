package org.lantern.reports;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.PairedComparison;
import org.lantern.surveys.Programme;

import java.time.ZoneId;
import java.util.Locale;

/**
 * What a report says first: the outcome its programme's analysis plan chose in advance, judged by the plan's test,
 * alpha and minimum meaningful change, in plain words; or why there is none. Every other figure is then exploratory.
 * Worked out from the released figures of the report's group (the whole programme, or the one team shown), so it is
 * shown and hidden with the theme's change.
 *
 * @param plan            the programme's locked plan, or null when none was locked
 * @param status          whether this report has a primary outcome, and if not why
 * @param group           the group the figures are about ("All teams" or a team); null without a result
 * @param p               the p-value of the plan's test (two-sided)
 * @param belowAlpha      whether {@code p} is below the plan's alpha (statistically significant at that level)
 * @param reachesMinimum  whether the mean change is at least the plan's minimum meaningful change (a rise: higher
 *                        scores are always better after reverse scoring)
 * @param ciAboveMinimum  whether the whole 95% confidence interval of the mean change is at or above that minimum
 * @param hidden          why the primary theme's change is hidden in this group, when it is
 * @param summary         all of it in plain words, for every format
 */
public record PrimaryOutcome(@Nullable AnalysisPlan plan, Status status, @Nullable String group, @Nullable Integer pairs,
                             @Nullable Double meanChange, @Nullable Double ciLow, @Nullable Double ciHigh, @Nullable Double p,
                             @Nullable Boolean belowAlpha, @Nullable Boolean reachesMinimum, @Nullable Boolean ciAboveMinimum,
                             @Nullable Hidden hidden, String summary) {

    /** Whether the report has a primary outcome; the key is what the JSON and CSV say. */
    @RequiredArgsConstructor
    @Getter
    public enum Status {
        /** No plan was locked: everything is exploratory. */
        NO_PLAN("no-plan"),
        /** The plan is about another pair of waves than this report's. */
        OTHER_WAVES("other-waves"),
        /** The primary theme's change is hidden in this group. */
        HIDDEN("hidden"),
        /** The plan's test could not be worked out (for example nobody's score changed). */
        NOT_COMPUTABLE("not-computable"),
        /** The primary outcome, judged. */
        RESULT("result");

        private final String key;
    }

    /** Whether a theme's figures are the primary outcome (the rest of a report with a result are exploratory). */
    public boolean isPrimary(String themeKey) {
        return status == Status.RESULT || status == Status.HIDDEN || status == Status.NOT_COMPUTABLE
                ? plan != null && plan.theme().equals(themeKey) : false;
    }

    /** A data file's mark for one row of figures: "primary" for the primary theme's row of its group, else "exploratory". */
    public String analysis(GroupReport of, String level, String key) {
        return level.equals("theme") && isPrimary(key) && of.label().equals(group) ? "primary" : "exploratory";
    }

    /** Whether the report has an outcome chosen in advance (shown, hidden or not computable), so the rest is exploratory. */
    public boolean applies() {
        return status != Status.NO_PLAN && status != Status.OTHER_WAVES;
    }

    /** The primary outcome of a report comparing {@code before} with {@code after}, for {@code group}. */
    static PrimaryOutcome of(@Nullable AnalysisPlan plan, Programme programme, Programme.Wave before, Programme.Wave after,
                             GroupReport group, java.util.function.Function<Hidden, String> explain) {
        if (plan == null) {
            return none(null, Status.NO_PLAN, "No analysis plan was locked for this programme before its follow-up survey "
                    + "opened, so no outcome was chosen in advance: every figure in this report is exploratory.");
        }
        String planned = ReportFormat.wave(programme.waves().getFirst().key()) + " to " + ReportFormat.wave(plan.afterWave());
        String lockedBy = "locked on " + ReportFormat.date(plan.lockedAt().atZone(ZoneId.systemDefault()).toLocalDate())
                + " by an " + plan.lockedByRole();
        if (before.id() != programme.waves().getFirst().id() || !after.key().equals(plan.afterWave())) {
            return none(plan, Status.OTHER_WAVES, "The analysis plan (" + lockedBy + ") names the change in '" + plan.themeTitle()
                    + "' from " + planned + " as the primary outcome. This report compares other surveys, so every figure in it "
                    + "is exploratory.");
        }
        ThemeFigures theme = group.themes().stream().filter(t -> t.theme().key().equals(plan.theme())).findFirst().orElse(null);
        String chosen = "Primary outcome, chosen in advance (" + lockedBy + "): the change in '" + plan.themeTitle() + "' from "
                + planned + ", " + plan.test().label() + ", alpha " + decimal(plan.alpha()) + ", minimum meaningful change "
                + decimal(plan.minimumChange()) + " points. ";
        if (theme == null || theme.change().hidden() != null) {
            Hidden why = theme == null ? null : theme.change().hidden();
            return new PrimaryOutcome(plan, Status.HIDDEN, group.label(), null, null, null, null, null, null, null, null, why,
                    chosen + "For " + group.label() + " it is hidden (" + (why == null ? "the theme is not in this release"
                    : explain.apply(why).replaceAll("\\.$", "")) + "), so it cannot be reported here. Every other figure is exploratory.");
        }
        PairedComparison c = theme.change().stats();
        Double p = c == null ? null : plan.test() == PlanTest.PAIRED_T ? c.tP() : c.wilcoxonP();
        if (c == null || p == null || p.isNaN() || c.meanChange() == null) {
            return new PrimaryOutcome(plan, Status.NOT_COMPUTABLE, group.label(), c == null ? null : c.pairs(),
                    c == null ? null : c.meanChange(), null, null, null, null, null, null, null, chosen + "The "
                    + plan.test().label() + " could not be worked out for " + group.label() + " (for example when nobody's score "
                    + "changed). Every other figure is exploratory.");
        }
        double change = c.meanChange();
        boolean significant = p < plan.alpha();
        boolean reaches = change >= plan.minimumChange() - 1e-9;
        Boolean ciAbove = c.ciLow() == null ? null : c.ciLow() >= plan.minimumChange() - 1e-9;
        String direction = ReportFormat.signed(change).equals("0.00") ? "did not change on average"
                : (change > 0 ? "rose" : "fell") + " by " + ReportFormat.number(Math.abs(change)) + " points on average";
        String summary = chosen + group.label() + ": of the " + c.pairs() + " people who answered both surveys, the '"
                + plan.themeTitle() + "' score " + direction + " (95% confidence interval " + ReportFormat.interval(c.ciLow(), c.ciHigh())
                + "). p = " + ReportFormat.p(p) + (significant ? ", below" : ", not below") + " the planned alpha of "
                + decimal(plan.alpha()) + ": " + (significant ? "the change is statistically significant at that level."
                : "the change could be due to chance.") + " The change " + (reaches ? "reaches" : "does not reach")
                + " the minimum meaningful change of " + decimal(plan.minimumChange()) + " points"
                + (c.ciLow() == null || c.ciHigh() == null ? "." : c.ciLow() >= plan.minimumChange() - 1e-9
                ? ", and the whole confidence interval is at or above it." : c.ciHigh() < plan.minimumChange()
                ? ", and the whole confidence interval is below it." : "; the confidence interval includes smaller changes too.")
                + " Every other figure in this report is exploratory.";
        return new PrimaryOutcome(plan, Status.RESULT, group.label(), c.pairs(), change, c.ciLow(), c.ciHigh(), p, significant,
                reaches, ciAbove, null, summary);
    }

    /** The plan and the outcome as label and value pairs, for a two-column table in every format; empty without a plan. */
    public java.util.List<java.util.Map.Entry<String, String>> facts() {
        if (plan == null) {
            return java.util.List.of();
        }
        java.util.List<java.util.Map.Entry<String, String>> facts = new java.util.ArrayList<>(java.util.List.of(
                java.util.Map.entry("Primary theme", plan.themeTitle()),
                java.util.Map.entry("Surveys compared", "first survey to " + ReportFormat.wave(plan.afterWave()).toLowerCase(Locale.ROOT)),
                java.util.Map.entry("Test (two-sided)", plan.test().label()),
                java.util.Map.entry("Alpha", decimal(plan.alpha())),
                java.util.Map.entry("Minimum meaningful change", decimal(plan.minimumChange()) + " points"),
                java.util.Map.entry("Rationale", plan.rationale() == null ? "none given" : plan.rationale()),
                java.util.Map.entry("Locked", ReportFormat.date(plan.lockedAt().atZone(ZoneId.systemDefault()).toLocalDate())
                        + ", by an " + plan.lockedByRole())));
        if (status == Status.RESULT) {
            facts.add(java.util.Map.entry("Group", group));
            facts.add(java.util.Map.entry("People who answered both", String.valueOf(pairs)));
            facts.add(java.util.Map.entry("Mean change", ReportFormat.signed(meanChange)));
            facts.add(java.util.Map.entry("95% confidence interval", ReportFormat.interval(ciLow, ciHigh)));
            facts.add(java.util.Map.entry("p", ReportFormat.p(p)));
            facts.add(java.util.Map.entry("Below alpha", belowAlpha ? "yes" : "no"));
            facts.add(java.util.Map.entry("Reaches the minimum meaningful change", reachesMinimum ? "yes" : "no"));
        }
        return facts;
    }

    /** The method note's paragraph about the plan: when it was locked, by whom (the role) and what it fixed. */
    public String methodNote() {
        if (plan == null) {
            return "Analysis plan: none was locked for this programme before its first follow-up survey opened, so no outcome "
                    + "was chosen in advance and every figure in this report is exploratory.";
        }
        return "Analysis plan: the primary outcome was chosen and locked on "
                + ReportFormat.date(plan.lockedAt().atZone(ZoneId.systemDefault()).toLocalDate()) + " by an " + plan.lockedByRole()
                + " (the audit trail records who), before the first follow-up survey opened: the change in '" + plan.themeTitle()
                + "' from the first survey to the " + plan.afterWave() + " survey, on the people who answered both, judged by the "
                + "two-sided " + plan.test().label() + " at alpha " + decimal(plan.alpha()) + " (significant when p is below it), "
                + "with a minimum meaningful change of " + decimal(plan.minimumChange()) + " points (reached when the mean change "
                + "is a rise of at least that much; the report also says whether the whole 95% confidence interval is at or above "
                + "it). Lantern refuses to make or change a plan once the first follow-up survey has opened, and a locked plan "
                + "never changes. Only this outcome was chosen in advance; every other figure, adjusted p-values included, is "
                + "exploratory.";
    }

    private static PrimaryOutcome none(@Nullable AnalysisPlan plan, Status status, String summary) {
        return new PrimaryOutcome(plan, status, null, null, null, null, null, null, null, null, null, null, summary);
    }

    /** 0.05 as "0.05", 0.3 as "0.3": the evaluator's own numbers, not rounded to two places. */
    static String decimal(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
