package org.lantern.reports;

import org.lantern.reports.stats.Descriptive;
import org.lantern.reports.stats.PairedComparison;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.util.ArrayList;
import java.util.List;

import static org.lantern.reports.ReportPdf.SHADE;
import static org.lantern.reports.ReportPdf.SMALL;
import static org.lantern.reports.ReportPdf.SMALL_BOLD;

/** The tables of the report's PDF: who took part, changes, knowledge questions, teams side by side, the learning link. */
final class ReportPdfTables {

    private ReportPdfTables() {
    }

    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        return table;
    }

    static void head(PdfPTable table, String... titles) {
        for (String t : titles) {
            PdfPCell cell = new PdfPCell(new Phrase(t, SMALL_BOLD));
            cell.setBackgroundColor(SHADE);
            cell.setPadding(3);
            table.addCell(cell);
        }
    }

    static void cell(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, SMALL));
        cell.setPadding(3);
        table.addCell(cell);
    }

    static PdfPTable responseTable(Report report) {
        PdfPTable table = table(3, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f);
        head(table, "Team", "Invited", "Responded before", "Responded after", "Answered both", "Rate before", "Rate after");
        for (GroupReport g : report.groups()) {
            ResponseFigures f = g.response();
            cell(table, g.label());
            for (Count c : List.of(f.invited(), f.respondedBefore(), f.respondedAfter(), f.matched())) {
                cell(table, ReportFormat.count(c, report));
            }
            for (Rate r : List.of(f.rateBefore(), f.rateAfter())) {
                cell(table, r.hidden() != null ? report.label(r.hidden()) : ReportFormat.percent(r.percent()));
            }
        }
        return table;
    }

    record Line(String label, WaveFigures before, WaveFigures after, ChangeFigures change) {
    }

    /** How many answered "Not applicable" to each question that offers it, or null when none does. */
    static @org.jspecify.annotations.Nullable PdfPTable notApplicableTable(Report report) {
        List<ItemFigures> offering = report.overall().items().stream().filter(i -> i.notApplicable() != null).toList();
        if (offering.isEmpty()) {
            return null;
        }
        PdfPTable table = table(6, 1.3f, 1.3f);
        head(table, "Answered \"Not applicable\" (left out of the figures above)", "Before: people", "After: people");
        for (ItemFigures i : offering) {
            cell(table, i.item().key() + ": " + i.item().text());
            cell(table, ReportFormat.count(i.notApplicable().before(), report));
            cell(table, ReportFormat.count(i.notApplicable().after(), report));
        }
        return table;
    }

    static PdfPTable changeTable(Report report, String what, List<Line> lines) {
        PdfPTable table = table(4.2f, 1.3f, 1.3f, 0.8f, 1, 1.6f, 1.1f, 1.1f, 0.8f);
        head(table, what, "Before: mean (SD) n", "After: mean (SD) n", "Pairs", "Change", "95% CI of change", "t-test p",
                "Wilcoxon p", "d_z");
        for (Line line : lines) {
            cell(table, line.label());
            cell(table, wave(line.before(), report));
            cell(table, wave(line.after(), report));
            PairedComparison c = line.change().stats();
            if (line.change().hidden() != null || c == null) {
                String label = line.change().hidden() != null ? report.label(line.change().hidden()) : "–";
                for (int i = 0; i < 6; i++) {
                    cell(table, label);
                }
                continue;
            }
            cell(table, String.valueOf(c.pairs()));
            cell(table, ReportFormat.signed(c.meanChange()));
            cell(table, ReportFormat.interval(c.ciLow(), c.ciHigh()));
            cell(table, ReportFormat.p(c.tP()));
            cell(table, ReportFormat.p(c.wilcoxonP()));
            cell(table, ReportFormat.number(c.dz()));
        }
        return table;
    }

    static String wave(WaveFigures figures, Report report) {
        if (figures.hidden() != null) {
            return report.label(figures.hidden());
        }
        Descriptive d = figures.stats();
        if (d == null || d.mean() == null) {
            return "–";
        }
        return ReportFormat.number(d.mean()) + " (" + ReportFormat.number(d.sd()) + ") " + d.n();
    }

    static PdfPTable knowledgeTable(Report report) {
        PdfPTable table = table(4, 1.2f, 1.2f, 1.1f, 1.1f, 2.4f);
        head(table, "Question", "Correct before (n)", "Correct after (n)", "Discrimination before", "Discrimination after",
                "What to look at");
        for (ChoiceFigures c : report.overall().choices()) {
            cell(table, c.item().text());
            cell(table, correct(c.before(), report));
            cell(table, correct(c.after(), report));
            cell(table, KnowledgeText.discrimination(c.before(), report));
            cell(table, KnowledgeText.discrimination(c.after(), report));
            cell(table, KnowledgeText.flags(c));
        }
        return table;
    }

    static String correct(ChoiceFigures.Correct c, Report report) {
        return c.hidden() != null ? report.label(c.hidden()) : ReportFormat.percent(c.percent()) + " (" + c.n() + ")";
    }

    static PdfPTable teamsTable(Report report) {
        List<ThemeFigures> themes = report.overall().themes();
        float[] widths = new float[themes.size() + 2];
        widths[0] = 3;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.1f;
        }
        PdfPTable table = table(widths);
        List<String> titles = new ArrayList<>(List.of("Team", "Answered both"));
        themes.forEach(t -> titles.add(t.theme().title()));
        head(table, titles.toArray(String[]::new));
        for (GroupReport g : report.groups()) {
            cell(table, g.label());
            cell(table, ReportFormat.count(g.response().matched(), report));
            for (ThemeFigures t : g.themes()) {
                cell(table, t.change().hidden() != null ? report.label(t.change().hidden())
                        : ReportFormat.signed(t.change().stats().meanChange()));
            }
        }
        return table;
    }

    static PdfPTable learningTable(LearningLink link, Report report) {
        PdfPTable table = table(3, 1.6f, 1.6f, 1.2f, 1);
        head(table, "Scores", "Completed training: change (95% CI), n", "Did not: change (95% CI), n", "Difference", "Welch p");
        for (LearningLink.Row row : link.rows()) {
            cell(table, row.label());
            if (row.hidden() != null) {
                for (int i = 0; i < 4; i++) {
                    cell(table, report.label(row.hidden()));
                }
                continue;
            }
            if (!row.compared()) {
                for (int i = 0; i < 4; i++) {
                    cell(table, "–");
                }
                continue;
            }
            cell(table, group(row.completed()));
            cell(table, group(row.notCompleted()));
            cell(table, ReportFormat.signed(row.difference()));
            cell(table, ReportFormat.p(row.welchP()));
        }
        return table;
    }

    static String group(PairedComparison c) {
        return ReportFormat.signed(c.meanChange()) + " (" + ReportFormat.interval(c.ciLow(), c.ciHigh()) + "), " + c.pairs();
    }
}
