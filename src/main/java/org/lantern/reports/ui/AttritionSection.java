package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import org.lantern.base.ui.Texts;
import org.lantern.reports.AttritionTable;
import org.lantern.reports.Report;

import java.util.List;

/** The page's attrition table: completers' and drop-outs' before scores per theme, and their standardised difference. */
final class AttritionSection {

    private AttritionSection() {
    }

    static List<Component> components(Report report) {
        return section(report, new H2(PrimaryOutcomeSection.heading(report, "Attrition")), "Completers answered the theme in "
                + "both surveys (the people every change figure is about); drop-outs answered it before but not after. Cohen's "
                + "d compares their before scores in pooled standard deviations: near 0, the people who left started out like "
                + "those who stayed.", AttritionTable.TITLE, AttritionTable.HEADERS, AttritionTable.rows(report, report.overall()));
    }

    /**
     * A table section of the overall group (also the then-test's and the unlinked comparison's): its
     * heading, a note, then the table titled with the group; nothing when there are no rows.
     */
    static List<Component> section(Report report, H2 heading, String note, String title, List<String> headers,
                                   List<List<String>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(heading, Texts.meta(note),
                table(report, title + ": " + report.overall().label(), headers, rows).component());
    }

    /** A table of the group's rows: a label, then cells shown as numbers, or as hidden where they say so (also the then-test's). */
    static ReportTable table(Report report, String title, List<String> headers, List<List<String>> rows) {
        ReportTable table = new ReportTable(title, headers);
        for (List<String> row : rows) {
            table.row(row.getFirst(), row.subList(1, row.size()).stream()
                    .map(text -> text.startsWith("hidden") || text.startsWith(report.tooFewLabel())
                            ? ReportTable.Cell.hidden(text) : ReportTable.Cell.number(text)).toList());
        }
        return table;
    }
}
