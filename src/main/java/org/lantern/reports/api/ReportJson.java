package org.lantern.reports.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.lantern.reports.ChangeFigures;
import org.lantern.reports.ChoiceFigures;
import org.lantern.reports.Comments;
import org.lantern.reports.GroupReport;
import org.lantern.reports.ItemFigures;
import org.lantern.reports.LearningLink;
import org.lantern.reports.ReleaseInfo;
import org.lantern.reports.Report;
import org.lantern.reports.Hidden;
import org.lantern.reports.ResponseFigures;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.ThenTestFigures;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;

import java.util.List;
import java.util.Map;

/**
 * The report's JSON. A hidden figure is {@code null} and its object says {@code "suppressed": true};
 * a figure that cannot be computed (e.g. no spread) is {@code null} too.
 */
record ReportJson(String programme, String title, String survey, String before, String after, @Nullable String team,
                  int minGroupSize, ReleaseJson release, ResponseJson response, List<ItemJson> items, List<ThemeJson> themes,
                  List<ChoiceJson> choiceItems, List<TeamJson> teams, LearningJson learningLink, List<CommentsJson> comments,
                  PlanJson.@Nullable AnalysisPlanJson analysisPlan, PlanJson.PrimaryOutcomeJson primaryOutcome,
                  @Nullable TrendJson trend) {

    static ReportJson of(Report report) {
        GroupReport o = report.overall();
        return new ReportJson(report.programme().key(), report.programme().title(), report.survey().key(), report.before().key(),
                report.after().key(), report.team(), report.minGroupSize(), ReleaseJson.of(report.release()), ResponseJson.of(o.response()),
                o.items().stream().map(i -> ItemJson.of(i, report.thenTest(), report.unlinked())).toList(),
                o.themes().stream().map(t -> ThemeJson.of(t, report.thenTest(), report.unlinked())).toList(),
                o.choices().stream().map(ChoiceJson::of).toList(), report.teams().stream().map(TeamJson::of).toList(),
                LearningJson.of(report.learningLink()), report.comments().stream().map(CommentsJson::of).toList(),
                PlanJson.AnalysisPlanJson.of(report.plan(), report.programme().waves().getFirst().key()),
                PlanJson.PrimaryOutcomeJson.of(report.primaryOutcome()),
                TrendJson.of(report.trend()));
    }

    /** Which release the figures are, by whom, when, and (for evaluators) what it was computed from. */
    record ReleaseJson(int version, java.time.Instant releasedAt, String releasedBy, int responsesBefore, int responsesAfter,
                       int paperBefore, int paperAfter, int newResponses, int hiddenFigures, @Nullable Integer previousVersion,
                       List<ImportJson> imports) {
        static ReleaseJson of(ReleaseInfo r) {
            return new ReleaseJson(r.version(), r.releasedAt(), r.releasedBy(), r.responsesBefore(), r.responsesAfter(),
                    r.paperBefore(), r.paperAfter(), r.newResponses(), r.hiddenFigures(), r.previousVersion(),
                    r.imports().stream().map(i -> new ImportJson(i.importedBy(), i.importedOn(), i.responses())).toList());
        }
    }

    record ImportJson(String importedBy, java.time.LocalDate importedOn, int responses) {
    }

    record ResponseJson(@Nullable Integer invited, @Nullable Integer respondedBefore, @Nullable Integer respondedAfter,
                        @Nullable Integer matched, @Nullable Double responseRateBefore, @Nullable Double responseRateAfter,
                        boolean suppressed, @Nullable String hidden) {
        static ResponseJson of(ResponseFigures r) {
            return new ResponseJson(r.invited().value(), r.respondedBefore().value(), r.respondedAfter().value(), r.matched().value(),
                    finite(r.rateBefore().percent()), finite(r.rateAfter().percent()),
                    r.invited().suppressed() || r.respondedBefore().suppressed() || r.respondedAfter().suppressed()
                            || r.matched().suppressed(), reason(r.invited().hidden(), r.respondedBefore().hidden(),
                    r.respondedAfter().hidden(), r.matched().hidden()));
        }
    }

    /**
     * The before, after and change figures of a question or a theme, written into its object as if
     * they were its own fields.
     */
    record FiguresJson(@Nullable Integer beforeN, @Nullable Double beforeMean, @Nullable Double beforeSd,
                       @Nullable Integer afterN, @Nullable Double afterMean, @Nullable Double afterSd,
                       @Nullable Integer pairs, @Nullable Double meanChange, @Nullable Double sdChange, @Nullable Double ciLow,
                       @Nullable Double ciHigh, @Nullable Double tP, @Nullable Double wilcoxonP, @Nullable String wilcoxonMethod,
                       @Nullable Double dz, @Nullable Double dzCiLow, @Nullable Double dzCiHigh, @Nullable Double hedgesGz,
                       @Nullable Double rankBiserial, boolean suppressed, @Nullable String hidden) {
        static FiguresJson of(WaveFigures before, WaveFigures after, ChangeFigures change, boolean suppressed) {
            Descriptive b = stats(before);
            Descriptive a = stats(after);
            PairedComparison c = change.stats();
            return new FiguresJson(
                    b == null ? null : b.n(), b == null ? null : finite(b.mean()), b == null ? null : finite(b.sd()),
                    a == null ? null : a.n(), a == null ? null : finite(a.mean()), a == null ? null : finite(a.sd()),
                    c == null ? null : c.pairs(), c == null ? null : finite(c.meanChange()), c == null ? null : finite(c.sdChange()),
                    c == null ? null : finite(c.ciLow()), c == null ? null : finite(c.ciHigh()), c == null ? null : finite(c.tP()),
                    c == null ? null : finite(c.wilcoxonP()), method(change), c == null ? null : finite(c.dz()),
                    c == null ? null : finite(c.dzCiLow()), c == null ? null : finite(c.dzCiHigh()),
                    c == null ? null : finite(c.hedgesGz()), c == null || c.wilcoxon() == null ? null : finite(c.wilcoxon().rankBiserial()),
                    suppressed, reason(before.hidden(), after.hidden(), change.hidden()));
        }
    }

    /**
     * A question; {@code bhTP} and {@code bhWilcoxonP} are its p-values adjusted by Benjamini–Hochberg across the
     * group's questions, {@code reliability} its place in its theme's scale at each wave.
     *
     * @param notApplicable how many answered "Not applicable", per wave; null when the question does not offer it
     */
    record ItemJson(String key, @Nullable String theme, String text, boolean reverseScored, @JsonUnwrapped FiguresJson figures,
                    @Nullable Double bhTP, @Nullable Double bhWilcoxonP, ScaleJson.@Nullable ItemScales reliability,
                    @Nullable NotApplicableJson notApplicable, @Nullable Map<String, @Nullable Object> thenTest,
                    @Nullable UnlinkedJson unlinked) {
        static ItemJson of(ItemFigures i) {
            return of(i, null, null);
        }

        static ItemJson of(ItemFigures i, @Nullable ThenTestFigures thenTest, org.lantern.reports.@Nullable UnlinkedFigures unlinked) {
            return new ItemJson(i.item().key(), i.item().theme(), i.item().text(), i.item().reverse(),
                    FiguresJson.of(i.before(), i.after(), i.change(), i.suppressed()), finite(i.change().adjustedTP()),
                    finite(i.change().adjustedWilcoxonP()), i.item().theme() == null ? null : ScaleJson.ItemScales.of(i.before(), i.after()),
                    NotApplicableJson.of(i.notApplicable()), ThenTestJson.of(thenTest == null ? null : thenTest.item(i.item().key())),
                    UnlinkedJson.of(unlinked, i.item().key(), false));
        }
    }

    /** People who answered "Not applicable" (left out of every mean, test and pair), or null and the reason when hidden. */
    record NotApplicableJson(@Nullable Integer before, @Nullable Integer after, @Nullable String beforeHidden,
                             @Nullable String afterHidden) {
        static @Nullable NotApplicableJson of(ItemFigures.@Nullable NotApplicable na) {
            return na == null ? null : new NotApplicableJson(na.before().value(), na.after().value(), reason(na.before().hidden()),
                    reason(na.after().hidden()));
        }
    }

    /**
     * A theme; {@code holmTP} and {@code holmWilcoxonP} are its p-values adjusted by Holm across the group's themes,
     * {@code reliability} its scale's reliability at each wave, {@code attrition} its completers' and drop-outs' before scores.
     */
    record ThemeJson(String key, String title, int questions, @JsonUnwrapped FiguresJson figures, @Nullable Double holmTP,
                     @Nullable Double holmWilcoxonP, ScaleJson.ThemeScales reliability, @Nullable AttritionJson attrition,
                     @Nullable Map<String, @Nullable Object> thenTest, @Nullable UnlinkedJson unlinked) {
        static ThemeJson of(ThemeFigures t) {
            return of(t, null, null);
        }

        static ThemeJson of(ThemeFigures t, @Nullable ThenTestFigures thenTest, org.lantern.reports.@Nullable UnlinkedFigures unlinked) {
            return new ThemeJson(t.theme().key(), t.theme().title(), t.questions(),
                    FiguresJson.of(t.before(), t.after(), t.change(), t.suppressed()), finite(t.change().adjustedTP()),
                    finite(t.change().adjustedWilcoxonP()), ScaleJson.ThemeScales.of(t.before(), t.after()),
                    AttritionJson.of(t.attrition()), ThenTestJson.of(thenTest == null ? null : thenTest.theme(t.theme().key())),
                    UnlinkedJson.of(unlinked, t.theme().key(), true));
        }
    }

    /**
     * @param beforePercentCorrect the question's difficulty (share correct) before, as a percentage
     * @param beforeDiscrimination its discrimination before, for all teams only (null for a team)
     */
    record ChoiceJson(String key, @Nullable String theme, String text, @Nullable Integer beforeN,
                      @Nullable Double beforePercentCorrect, @Nullable Integer afterN, @Nullable Double afterPercentCorrect,
                      boolean suppressed, @Nullable String hidden, @Nullable DiscriminationJson beforeDiscrimination,
                      @Nullable DiscriminationJson afterDiscrimination) {
        static ChoiceJson of(ChoiceFigures c) {
            return new ChoiceJson(c.item().key(), c.item().theme(), c.item().text(), c.before().n(), finite(c.before().percent()),
                    c.after().n(), finite(c.after().percent()), c.suppressed(), reason(c.before().hidden(), c.after().hidden()),
                    DiscriminationJson.of(c.before()), DiscriminationJson.of(c.after()));
        }
    }

    /**
     * A knowledge question's discrimination at one wave.
     *
     * @param n              people who answered every knowledge question of the wave (null when hidden: it is a count too)
     * @param pointBiserial  corrected item-total (point-biserial) correlation; null when hidden or without spread
     * @param minimumPeople  the fewest people it is shown for
     * @param flags          what to look at, in plain words
     */
    record DiscriminationJson(@Nullable Integer n, @Nullable Double pointBiserial, @Nullable String hidden, int minimumPeople,
                              List<String> flags) {
        static @Nullable DiscriminationJson of(ChoiceFigures.Correct c) {
            var d = c.discrimination();
            return d == null ? null : new DiscriminationJson(d.hidden() == null ? d.n() : null, finite(d.r()), reason(d.hidden()), d.minimum(),
                    d.flags(c.hidden() == null ? c.percent() : null).stream().map(org.lantern.training.QuestionFlag::label).toList());
        }
    }

    record TeamJson(String name, @Nullable Integer pairs, boolean suppressed, ResponseJson response, List<ThemeJson> themes,
                    List<ItemJson> items, List<ChoiceJson> choiceItems) {
        static TeamJson of(GroupReport g) {
            return new TeamJson(g.label(), g.response().matched().value(), g.suppressed(), ResponseJson.of(g.response()),
                    g.themes().stream().map(ThemeJson::of).toList(), g.items().stream().map(ItemJson::of).toList(),
                    g.choices().stream().map(ChoiceJson::of).toList());
        }
    }

    record LearningJson(String rule, @Nullable Integer completed, @Nullable Integer notCompleted, List<LearningRowJson> rows) {
        static LearningJson of(LearningLink link) {
            return new LearningJson("Completed at least one Lantern training module by the day the after survey closed; "
                    + "only people who answered both surveys in Lantern.", link.completedPeople().value(),
                    link.notCompletedPeople().value(), link.rows().stream().map(LearningRowJson::of).toList());
        }
    }

    record LearningRowJson(String label, @Nullable Integer completedPairs, @Nullable Double completedMeanChange,
                           @Nullable Double completedCiLow, @Nullable Double completedCiHigh, @Nullable Integer notCompletedPairs,
                           @Nullable Double notCompletedMeanChange, @Nullable Double notCompletedCiLow,
                           @Nullable Double notCompletedCiHigh, @Nullable Double difference, @Nullable Double welchP,
                           boolean suppressed, @Nullable String hidden) {
        static LearningRowJson of(LearningLink.Row r) {
            PairedComparison a = r.completed();
            PairedComparison b = r.notCompleted();
            return new LearningRowJson(r.label(), a == null ? null : a.pairs(), a == null ? null : finite(a.meanChange()),
                    a == null ? null : finite(a.ciLow()), a == null ? null : finite(a.ciHigh()), b == null ? null : b.pairs(),
                    b == null ? null : finite(b.meanChange()), b == null ? null : finite(b.ciLow()),
                    b == null ? null : finite(b.ciHigh()), finite(r.difference()), finite(r.welchP()), r.suppressed(), reason(r.hidden()));
        }
    }

    record CommentsJson(String item, String question, String wave, @Nullable Integer written, boolean suppressed,
                        @Nullable String hidden, int removed, List<QuoteJson> answers) {
        static CommentsJson of(Comments c) {
            return new CommentsJson(c.item().key(), c.item().text(), c.waveKey(), c.written(), c.suppressed(), reason(c.hidden()),
                    c.removed(), c.quotes().stream().map(q -> new QuoteJson(q.text(), q.team())).toList());
        }
    }

    record QuoteJson(String text, @Nullable String team) {
    }

    /** The first reason a figure of the object is hidden, as a code (too-few, everyone-alike, protects-others, since-earlier-release). */
    static @Nullable String reason(@Nullable Hidden... hidden) {
        for (Hidden h : hidden) {
            if (h != null) {
                return h.code();
            }
        }
        return null;
    }

    private static @Nullable Descriptive stats(WaveFigures figures) {
        return figures.hidden() != null ? null : figures.stats();
    }

    private static @Nullable String method(ChangeFigures change) {
        PairedComparison c = change.stats();
        return c == null || c.wilcoxon() == null ? null : c.wilcoxon().exact() ? "exact" : "normal approximation";
    }

    static @Nullable Double finite(@Nullable Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
