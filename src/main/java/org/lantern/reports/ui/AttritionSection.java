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
        List<List<String>> rows = AttritionTable.rows(report, report.overall());
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new H2(PrimaryOutcomeSection.heading(report, "Attrition")), Texts.meta("Completers answered the theme in "
                + "both surveys (the people every change figure is about); drop-outs answered it before but not after. Cohen's "
                + "d compares their before scores in pooled standard deviations: near 0, the people who left started out like "
                + "those who stayed."), table(report, AttritionTable.TITLE + ": " + report.overall().label(), AttritionTable.HEADERS, rows));
    }

    /** A table of label + figures rows, hidden ones (their label) marked as such; the unlinked section's too. */
    static Component table(Report report, String title, List<String> headers, List<List<String>> rows) {
        ReportTable table = new ReportTable(title, headers);
        for (List<String> row : rows) {
            table.row(row.getFirst(), row.subList(1, row.size()).stream()
                    .map(text -> text.startsWith("hidden") || text.startsWith(report.tooFewLabel())
                            ? ReportTable.Cell.hidden(text) : ReportTable.Cell.number(text)).toList());
        }
        return table.component();
    }
}
