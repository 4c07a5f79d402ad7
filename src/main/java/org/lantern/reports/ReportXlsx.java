package org.lantern.reports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The report as a workbook, one sheet per part of the page. Hidden figures are written as their label. */
final class ReportXlsx {

    private static final List<String> CHANGE = List.of("Before n", "Before mean", "Before SD", "After n", "After mean", "After SD",
            "Pairs", "Mean change", "SD of change", "95% CI low", "95% CI high", "t-test p", "Wilcoxon p", "d_z", "d_z 95% CI low",
            "d_z 95% CI high", "Hedges' g_z", "Rank-biserial r");

    private ReportXlsx() {
    }

    static byte[] write(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Lantern", "1.0");
            ReportXlsxPlan.sheet(workbook.newWorksheet("Primary outcome"), report);
            about(workbook.newWorksheet("About"), report);
            response(workbook.newWorksheet("Response"), report);
            themes(workbook.newWorksheet("Themes"), report);
            questions(workbook.newWorksheet("Questions"), report);
            ReportXlsxScales.reliability(workbook.newWorksheet("Reliability"), report);
            ReportXlsxPlan.attrition(workbook.newWorksheet("Attrition"), report);
            if (report.trend() != null) {
                ReportXlsxTrend.trend(workbook.newWorksheet("Trend"), report);
            }
            knowledge(workbook.newWorksheet("Knowledge questions"), report);
            learning(workbook.newWorksheet("Learning link"), report);
            comments(workbook.newWorksheet("What staff wrote"), report);
            if (report.thenTest() != null) {
                ReportXlsxThenTest.sheet(workbook.newWorksheet("Then-test"), report);
            }
            if (report.unlinked() != null) {
                ReportXlsxUnlinked.sheet(workbook.newWorksheet("Unlinked (weaker evidence)"), report);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void about(Worksheet ws, Report report) {
        ws.width(0, 110);
        ws.value(0, 0, "Programme evaluation report: " + report.programme().title());
        ws.style(0, 0).bold().fontSize(14).set();
        int r = 2;
        for (String line : List.of(
                "Survey: " + report.survey().title(),
                "Before: " + ReportFormat.wave(report.before().key()) + " survey, " + ReportFormat.date(report.before().opens())
                        + " to " + ReportFormat.date(report.before().closes()),
                "After: " + ReportFormat.wave(report.after().key()) + " survey, " + ReportFormat.date(report.after().opens())
                        + " to " + ReportFormat.date(report.after().closes()),
                "Teams: " + (report.team() == null ? "all teams" : report.team()),
                "Release " + report.release().version() + ", made with Lantern on "
                        + ReportFormat.date(report.createdAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()) + " by "
                        + report.release().releasedBy())) {
            ws.value(r++, 0, line);
        }
        r++;
        ws.value(r++, 0, "Method");
        ws.style(r - 1, 0).bold().set();
        for (String note : ReportMethod.notes(report)) {
            ws.value(r, 0, note);
            ws.style(r++, 0).wrapText(true).set();
        }
    }

    static void header(Worksheet ws, int row, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            ws.value(row, c, titles.get(c));
            ws.style(row, c).bold().wrapText(true).set();
        }
        ws.freezePane(0, row + 1);
    }

    private static void response(Worksheet ws, Report report) {
        header(ws, 0, List.of("Team", "Invited", "Responded before", "Responded after", "Answered both", "Response rate before (%)",
                "Response rate after (%)"));
        ws.width(0, 30);
        int r = 1;
        for (GroupReport g : report.groups()) {
            ResponseFigures f = g.response();
            ws.value(r, 0, g.label());
            count(ws, r, 1, f.invited(), report);
            count(ws, r, 2, f.respondedBefore(), report);
            count(ws, r, 3, f.respondedAfter(), report);
            count(ws, r, 4, f.matched(), report);
            rate(ws, r, 5, f.rateBefore(), report);
            rate(ws, r++, 6, f.rateAfter(), report);
        }
    }

    private static void themes(Worksheet ws, Report report) {
        header(ws, 0, concat(concat(List.of("Team", "Theme"), CHANGE), List.of("t-test p, Holm-adjusted", "Wilcoxon p, Holm-adjusted")));
        ws.width(0, 28);
        ws.width(1, 36);
        int r = 1;
        for (GroupReport g : report.groups()) {
            for (ThemeFigures t : g.themes()) {
                ws.value(r, 0, g.label());
                ws.value(r, 1, t.theme().title());
                change(ws, r++, 2, t.before(), t.after(), t.change(), report);
            }
        }
    }

    private static void questions(Worksheet ws, Report report) {
        header(ws, 0, concat(concat(List.of("Team", "Key", "Theme", "Question", "Reverse scored"), CHANGE),
                List.of("t-test p, Benjamini-Hochberg-adjusted", "Wilcoxon p, Benjamini-Hochberg-adjusted",
                        "Not applicable before", "Not applicable after")));
        ws.width(0, 28);
        ws.width(3, 60);
        int r = 1;
        for (GroupReport g : report.groups()) {
            for (ItemFigures i : g.items()) {
                ws.value(r, 0, g.label());
                ws.value(r, 1, i.item().key());
                ws.value(r, 2, i.item().theme());
                ws.value(r, 3, i.item().text());
                ws.value(r, 4, i.item().reverse() ? "yes" : "no");
                change(ws, r, 5, i.before(), i.after(), i.change(), report);
                if (i.notApplicable() != null) {
                    count(ws, r, 7 + CHANGE.size(), i.notApplicable().before(), report);
                    count(ws, r, 8 + CHANGE.size(), i.notApplicable().after(), report);
                }
                r++;
            }
        }
    }

    private static void knowledge(Worksheet ws, Report report) {
        header(ws, 0, List.of("Team", "Key", "Question", "Correct answer", "Before n", "Before correct (%)", "After n",
                "After correct (%)", "Before discrimination", "After discrimination", "What to look at"));
        ws.width(0, 28);
        ws.width(2, 60);
        ws.width(3, 40);
        int r = 1;
        for (GroupReport g : report.groups()) {
            for (ChoiceFigures c : g.choices()) {
                ws.value(r, 0, g.label());
                ws.value(r, 1, c.item().key());
                ws.value(r, 2, c.item().text());
                ws.value(r, 3, c.item().answer());
                correct(ws, r, 4, c.before(), report);
                correct(ws, r, 6, c.after(), report);
                ReportXlsxKnowledge.discrimination(ws, r++, 8, c, report);
            }
        }
    }

    private static void learning(Worksheet ws, Report report) {
        LearningLink link = report.learningLink();
        header(ws, 0, List.of("Scores", "Completed training: pairs", "Completed: mean change", "Completed: 95% CI low",
                "Completed: 95% CI high", "Not completed: pairs", "Not completed: mean change", "Not completed: 95% CI low",
                "Not completed: 95% CI high", "Difference in mean change", "Welch t-test p"));
        ws.width(0, 36);
        int r = 1;
        for (LearningLink.Row row : link.rows()) {
            ws.value(r, 0, row.label());
            if (row.hidden() != null) {
                for (int c = 1; c <= 10; c++) {
                    ws.value(r, c, report.label(row.hidden()));
                }
            } else if (!row.compared()) {
                ws.value(r, 1, "nobody in one of the groups");
            } else {
                paired(ws, r, 1, row.completed());
                paired(ws, r, 5, row.notCompleted());
                number(ws, r, 9, row.difference());
                number(ws, r, 10, row.welchP());
            }
            r++;
        }
        ws.value(r + 1, 0, "Completed training by the day the after survey closed: " + ReportFormat.count(link.completedPeople(), report)
                + " people; not completed: " + ReportFormat.count(link.notCompletedPeople(), report) + " people.");
    }

    private static void paired(Worksheet ws, int r, int c, @Nullable PairedComparison p) {
        if (p != null) {
            ws.value(r, c, p.pairs());
            number(ws, r, c + 1, p.meanChange());
            number(ws, r, c + 2, p.ciLow());
            number(ws, r, c + 3, p.ciHigh());
        }
    }

    private static void comments(Worksheet ws, Report report) {
        header(ws, 0, List.of("Question", "Wave", "Team", "What they wrote"));
        ws.width(0, 50);
        ws.width(2, 28);
        ws.width(3, 90);
        int r = 1;
        for (Comments c : report.comments()) {
            if (c.hidden() != null) {
                ws.value(r, 0, c.item().text());
                ws.value(r, 1, ReportFormat.wave(c.waveKey()));
                ws.value(r++, 3, "Not shown. " + report.explain(c.hidden()));
                continue;
            }
            for (Comments.Quote q : c.quotes()) {
                ws.value(r, 0, c.item().text());
                ws.value(r, 1, ReportFormat.wave(c.waveKey()));
                ws.value(r, 2, q.team() == null ? "" : q.team());
                ws.value(r, 3, q.text());
                ws.style(r++, 3).wrapText(true).set();
            }
        }
    }

    private static void change(Worksheet ws, int r, int c, WaveFigures before, WaveFigures after, ChangeFigures change, Report report) {
        wave(ws, r, c, before, report);
        wave(ws, r, c + 3, after, report);
        PairedComparison p = change.stats();
        if (change.hidden() != null) {
            for (int i = 0; i < 14; i++) {
                ws.value(r, c + 6 + i, report.label(change.hidden()));
            }
        } else if (p != null) {
            ws.value(r, c + 6, p.pairs());
            Double[] values = {p.meanChange(), p.sdChange(), p.ciLow(), p.ciHigh(), p.tP(), p.wilcoxonP(), p.dz(), p.dzCiLow(),
                    p.dzCiHigh(), p.hedgesGz(), p.wilcoxon() == null ? null : p.wilcoxon().rankBiserial(), change.adjustedTP(),
                    change.adjustedWilcoxonP()};
            for (int i = 0; i < values.length; i++) {
                number(ws, r, c + 7 + i, values[i]);
            }
        }
    }

    private static void wave(Worksheet ws, int r, int c, WaveFigures figures, Report report) {
        if (figures.hidden() != null) {
            for (int i = 0; i < 3; i++) {
                ws.value(r, c + i, report.label(figures.hidden()));
            }
            return;
        }
        Descriptive d = figures.stats();
        if (d != null) {
            ws.value(r, c, d.n());
            number(ws, r, c + 1, d.mean());
            number(ws, r, c + 2, d.sd());
        }
    }

    private static void count(Worksheet ws, int r, int c, Count count, Report report) {
        if (count.hidden() != null) {
            ws.value(r, c, report.label(count.hidden()));
        } else {
            ws.value(r, c, count.value());
        }
    }

    private static void rate(Worksheet ws, int r, int c, Rate rate, Report report) {
        if (rate.hidden() != null) {
            ws.value(r, c, report.label(rate.hidden()));
        } else {
            number(ws, r, c, rate.percent());
        }
    }

    private static void correct(Worksheet ws, int r, int c, ChoiceFigures.Correct correct, Report report) {
        if (correct.hidden() != null) {
            ws.value(r, c, report.label(correct.hidden()));
            ws.value(r, c + 1, report.label(correct.hidden()));
        } else {
            ws.value(r, c, correct.n());
            number(ws, r, c + 1, correct.percent());
        }
    }

    /** Numbers stay numbers; infinite or undefined values are left empty. */
    static void number(Worksheet ws, int r, int c, @Nullable Double value) {
        if (value != null && Double.isFinite(value)) {
            ws.value(r, c, value);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
