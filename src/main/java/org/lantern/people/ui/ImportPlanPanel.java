package org.lantern.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.WideTable;
import org.lantern.people.ImportPlan;

import java.util.List;

/** A people import's plan or result: the counts, the rejected lines and everyone whose account changes. */
class ImportPlanPanel extends Div {

    ImportPlanPanel() {
        addClassName("lantern-import-plan");
    }

    void clear() {
        removeAll();
    }

    void show(ImportPlan plan) {
        removeAll();
        Paragraph summary = new Paragraph(headline(plan));
        summary.addClassNames("lantern-import-plan-headline",
                plan.applied() || plan.nothingToChange() ? "lantern-done" : "lantern-warning");
        add(summary);
        if (!plan.teamsToCreate().isEmpty()) {
            add(Texts.meta((plan.applied() ? "Teams created: " : "Teams to create: ") + String.join(", ", plan.teamsToCreate())));
        }
        if (!plan.ignoredColumns().isEmpty()) {
            add(Texts.meta("Columns not used: " + String.join(", ", plan.ignoredColumns())));
        }
        if (!plan.rejected().isEmpty()) {
            add(new H2("Lines left out (" + plan.rejected().size() + ")"), WideTable.of(rejected(plan.rejected())));
        }
        List<ImportPlan.PersonChange> changing = plan.people().stream()
                .filter(p -> p.kind() != ImportPlan.Kind.UNCHANGED).toList();
        if (!changing.isEmpty()) {
            add(new H2((plan.applied() ? "What changed" : "What will change") + " (" + changing.size() + ")"),
                    WideTable.of(changes(changing)));
        }
    }

    private static String headline(ImportPlan plan) {
        if (plan.nothingToChange()) {
            return "Nothing to change: everyone in the file is already in Lantern as the file says"
                    + (plan.rejected().isEmpty() ? "." : ", apart from the lines left out below.")
                    + (plan.applied() ? " Nothing was written." : "");
        }
        return plan.applied()
                ? "Imported: " + plan.summary() + "."
                : "If you apply this file: " + plan.summary() + ". Nothing has been changed yet.";
    }

    private static Grid<ImportPlan.Rejection> rejected(List<ImportPlan.Rejection> rejected) {
        Grid<ImportPlan.Rejection> grid = new Grid<>();
        grid.addColumn(ImportPlan.Rejection::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportPlan.Rejection::message).setHeader("Why it was left out").setFlexGrow(1);
        grid.setItems(rejected);
        grid.setAriaLabel("Lines left out of the import");
        size(grid, rejected.size());
        return grid;
    }

    private static Grid<ImportPlan.PersonChange> changes(List<ImportPlan.PersonChange> people) {
        Grid<ImportPlan.PersonChange> grid = new Grid<>();
        grid.addColumn(p -> p.line() == 0 ? "not in file" : String.valueOf(p.line())).setHeader("Line").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.displayName() + " (" + p.username() + ")").setHeader("Person").setAutoWidth(true);
        grid.addColumn(p -> kind(p.kind())).setHeader("Change").setAutoWidth(true);
        grid.addColumn(p -> String.join("; ", p.changes())).setHeader("Details").setFlexGrow(1);
        grid.setItems(people);
        grid.setAriaLabel("People whose accounts change");
        size(grid, people.size());
        return grid;
    }

    private static String kind(ImportPlan.Kind kind) {
        return switch (kind) {
            case NEW -> "New account";
            case CHANGED -> "Changed";
            case DISABLED -> "Leaver: disabled";
            case UNCHANGED -> "No change";
        };
    }

    /** Short lists show whole; long ones scroll inside a fixed height. */
    private static void size(Grid<?> grid, int rows) {
        if (rows <= 10) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24rem");
        }
    }
}
