package org.lantern.reports.api;

import org.jspecify.annotations.Nullable;
import org.lantern.reports.ChangeFigures;
import org.lantern.reports.ChoiceFigures;
import org.lantern.reports.Comments;
import org.lantern.reports.GroupReport;
import org.lantern.reports.ItemFigures;
import org.lantern.reports.LearningLink;
import org.lantern.reports.Report;
import org.lantern.reports.ResponseFigures;
import org.lantern.reports.ThemeFigures;
import org.lantern.reports.WaveFigures;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;

import java.util.List;

/**
 * The report's JSON. A hidden figure is {@code null} and its object says {@code "suppressed": true};
 * a figure that cannot be computed (e.g. no spread) is {@code null} too.
 */
record ReportJson(String programme, String title, String survey, String before, String after, @Nullable String team,
                  int minGroupSize, ResponseJson response, List<ItemJson> items, List<ThemeJson> themes,
                  List<ChoiceJson> choiceItems, List<TeamJson> teams, LearningJson learningLink, List<CommentsJson> comments) {

    static ReportJson of(Report report) {
        GroupReport o = report.overall();
        return new ReportJson(report.programme().key(), report.programme().title(), report.survey().key(), report.before().key(),
                report.after().key(), report.team(), report.minGroupSize(), ResponseJson.of(o.response()),
                o.items().stream().map(ItemJson::of).toList(), o.themes().stream().map(ThemeJson::of).toList(),
                o.choices().stream().map(ChoiceJson::of).toList(), report.teams().stream().map(TeamJson::of).toList(),
                LearningJson.of(report.learningLink()), report.comments().stream().map(CommentsJson::of).toList());
    }

    record ResponseJson(@Nullable Integer invited, @Nullable Integer respondedBefore, @Nullable Integer respondedAfter,
                        @Nullable Integer matched, @Nullable Double responseRateBefore, @Nullable Double responseRateAfter,
                        boolean suppressed) {
        static ResponseJson of(ResponseFigures r) {
            return new ResponseJson(r.invited().value(), r.respondedBefore().value(), r.respondedAfter().value(), r.matched().value(),
                    finite(r.rateBefore().percent()), finite(r.rateAfter().percent()),
                    r.invited().suppressed() || r.respondedBefore().suppressed() || r.respondedAfter().suppressed()
                            || r.matched().suppressed());
        }
    }

    record ItemJson(String key, @Nullable String theme, String text, boolean reverseScored,
                    @Nullable Integer beforeN, @Nullable Double beforeMean, @Nullable Double beforeSd,
                    @Nullable Integer afterN, @Nullable Double afterMean, @Nullable Double afterSd,
                    @Nullable Integer pairs, @Nullable Double meanChange, @Nullable Double sdChange, @Nullable Double ciLow,
                    @Nullable Double ciHigh, @Nullable Double tP, @Nullable Double wilcoxonP, @Nullable String wilcoxonMethod,
                    @Nullable Double dz, boolean suppressed) {
        static ItemJson of(ItemFigures i) {
            Descriptive b = stats(i.before());
            Descriptive a = stats(i.after());
            PairedComparison c = i.change().stats();
            return new ItemJson(i.item().key(), i.item().theme(), i.item().text(), i.item().reverse(),
                    b == null ? null : b.n(), b == null ? null : finite(b.mean()), b == null ? null : finite(b.sd()),
                    a == null ? null : a.n(), a == null ? null : finite(a.mean()), a == null ? null : finite(a.sd()),
                    c == null ? null : c.pairs(), c == null ? null : finite(c.meanChange()), c == null ? null : finite(c.sdChange()),
                    c == null ? null : finite(c.ciLow()), c == null ? null : finite(c.ciHigh()), c == null ? null : finite(c.tP()),
                    c == null ? null : finite(c.wilcoxonP()), method(i.change()), c == null ? null : finite(c.dz()), i.suppressed());
        }
    }

    record ThemeJson(String key, String title, int questions, @Nullable Integer beforeN, @Nullable Double beforeMean,
                     @Nullable Double beforeSd, @Nullable Integer afterN, @Nullable Double afterMean, @Nullable Double afterSd,
                     @Nullable Integer pairs, @Nullable Double meanChange, @Nullable Double sdChange, @Nullable Double ciLow,
                     @Nullable Double ciHigh, @Nullable Double tP, @Nullable Double wilcoxonP, @Nullable String wilcoxonMethod,
                     @Nullable Double dz, boolean suppressed) {
        static ThemeJson of(ThemeFigures t) {
            Descriptive b = stats(t.before());
            Descriptive a = stats(t.after());
            PairedComparison c = t.change().stats();
            return new ThemeJson(t.theme().key(), t.theme().title(), t.questions(),
                    b == null ? null : b.n(), b == null ? null : finite(b.mean()), b == null ? null : finite(b.sd()),
                    a == null ? null : a.n(), a == null ? null : finite(a.mean()), a == null ? null : finite(a.sd()),
                    c == null ? null : c.pairs(), c == null ? null : finite(c.meanChange()), c == null ? null : finite(c.sdChange()),
                    c == null ? null : finite(c.ciLow()), c == null ? null : finite(c.ciHigh()), c == null ? null : finite(c.tP()),
                    c == null ? null : finite(c.wilcoxonP()), method(t.change()), c == null ? null : finite(c.dz()), t.suppressed());
        }
    }

    record ChoiceJson(String key, @Nullable String theme, String text, @Nullable Integer beforeN,
                      @Nullable Double beforePercentCorrect, @Nullable Integer afterN, @Nullable Double afterPercentCorrect,
                      boolean suppressed) {
        static ChoiceJson of(ChoiceFigures c) {
            return new ChoiceJson(c.item().key(), c.item().theme(), c.item().text(), c.before().n(), finite(c.before().percent()),
                    c.after().n(), finite(c.after().percent()), c.suppressed());
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
                           boolean suppressed) {
        static LearningRowJson of(LearningLink.Row r) {
            PairedComparison a = r.completed();
            PairedComparison b = r.notCompleted();
            return new LearningRowJson(r.label(), a == null ? null : a.pairs(), a == null ? null : finite(a.meanChange()),
                    a == null ? null : finite(a.ciLow()), a == null ? null : finite(a.ciHigh()), b == null ? null : b.pairs(),
                    b == null ? null : finite(b.meanChange()), b == null ? null : finite(b.ciLow()),
                    b == null ? null : finite(b.ciHigh()), finite(r.difference()), finite(r.welchP()), r.suppressed());
        }
    }

    record CommentsJson(String item, String question, String wave, @Nullable Integer written, boolean suppressed,
                        List<QuoteJson> answers) {
        static CommentsJson of(Comments c) {
            return new CommentsJson(c.item().key(), c.item().text(), c.waveKey(), c.written(), c.suppressed(),
                    c.quotes().stream().map(q -> new QuoteJson(q.text(), q.team())).toList());
        }
    }

    record QuoteJson(String text, @Nullable String team) {
    }

    private static @Nullable Descriptive stats(WaveFigures figures) {
        return figures.hidden() != null ? null : figures.stats();
    }

    private static @Nullable String method(ChangeFigures change) {
        PairedComparison c = change.stats();
        return c == null || c.wilcoxon() == null ? null : c.wilcoxon().exact() ? "exact" : "normal approximation";
    }

    private static @Nullable Double finite(@Nullable Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
