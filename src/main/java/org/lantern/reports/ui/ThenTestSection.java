package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import org.lantern.reports.Report;
import org.lantern.reports.ThenTestTable;

import java.util.List;

/** The page's then-test table: then-test → after beside before → after for the same people, and the response shift. */
final class ThenTestSection {

    private ThenTestSection() {
    }

    static List<Component> components(Report report) {
        return AttritionSection.section(report, new H2(PrimaryOutcomeSection.heading(report, "Looking back (then-test)")),
                "After the training, people also answered some questions as they now think they would have answered them "
                + "before it. Then-test → after is the change judged with the same yardstick as the after survey; before → "
                + "after is the usual change for the same people; the response shift (then-test − before) shows how "
                + "differently people judge their past selves once they know more. Read the two changes side by side.",
                ThenTestTable.TITLE, ThenTestTable.HEADERS, ThenTestTable.rows(report));
    }
}
