package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.base.ui.Texts;
import org.lantern.reports.PrimaryOutcome;
import org.lantern.reports.Report;

import java.util.List;

/**
 * The top of the report: the primary outcome its analysis plan chose in advance, in plain words and as a table, or
 * that there is none; and the label that marks every other part of the page as exploratory.
 */
final class PrimaryOutcomeSection {

    private PrimaryOutcomeSection() {
    }

    static List<Component> components(Report report) {
        PrimaryOutcome outcome = report.primaryOutcome();
        Paragraph summary = new Paragraph(outcome.summary());
        summary.addClassName("lantern-primary-outcome");
        Div box = new Div(new H2(outcome.applies() ? "Primary outcome (chosen in advance)" : "Primary outcome"), summary);
        box.addClassName("lantern-primary-outcome-box");
        if (!outcome.facts().isEmpty()) {
            ReportTable table = new ReportTable("Analysis plan and primary outcome", List.of("Plan", "Value"));
            outcome.facts().forEach(f -> table.row(f.getKey(), List.of(ReportTable.Cell.text(f.getValue()))));
            box.add(table.component());
        }
        if (outcome.applies()) {
            box.add(Texts.meta("Every other figure on this page was not chosen in advance: read it as exploratory."));
        }
        return List.of(box);
    }

    /** A section's heading, marked exploratory when the report has a primary outcome chosen in advance. */
    static String heading(Report report, String heading) {
        return report.primaryOutcome().applies() ? heading + " (exploratory)" : heading;
    }
}
