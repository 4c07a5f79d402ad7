package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import org.lantern.reports.Report;
import org.lantern.reports.UnlinkedTable;

import java.util.List;

/** The page's independent-samples comparison including forms without a participant code, labelled as weaker evidence. */
final class UnlinkedSection {

    private UnlinkedSection() {
    }

    static List<Component> components(Report report) {
        H2 heading = new H2(PrimaryOutcomeSection.heading(report, "Weaker evidence: answers without a participant code"));
        heading.setId("unlinked");
        return AttritionSection.section(report, heading, UnlinkedTable.NOTE, UnlinkedTable.TITLE, UnlinkedTable.HEADERS,
                UnlinkedTable.rows(report));
    }
}
