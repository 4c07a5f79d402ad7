package org.lantern.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import org.lantern.base.ui.WideTable;
import org.lantern.training.CheckQuestionFigures;
import org.lantern.training.QuestionFlag;

import java.util.List;
import java.util.Locale;

/** One module's knowledge-check questions as a table that scrolls sideways on a phone. */
final class CheckQuestionsTable {

    private static final List<String> HEADERS = List.of("Question", "People asked", "Answered right",
            "Discrimination", "What to look at", "Options chosen (as written; right ones marked)");

    private CheckQuestionsTable() {
    }

    static Component of(CheckQuestionFigures module) {
        NativeTable table = new NativeTable();
        table.addClassName("lantern-report-table");
        table.setCaptionText("Questions of " + module.moduleTitle());
        NativeTableRow head = table.getHead().addRow();
        HEADERS.forEach(h -> {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(h);
            cell.getElement().setAttribute("scope", "col");
        });
        module.questions().forEach(q -> addRow(table, q));
        Div region = new Div(table);
        region.addClassName("lantern-table-scroll");
        region.getElement().setAttribute("tabindex", "0");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", table.getCaptionText());
        return WideTable.of(region);
    }

    private static void addRow(NativeTable table, CheckQuestionFigures.Question q) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell heading = row.addHeaderCell();
        heading.setText(q.text());
        heading.getElement().setAttribute("scope", "row");
        number(row, String.valueOf(q.drawnBy()));
        number(row, percent(q.proportionCorrect()));
        number(row, q.discrimination() == null ? "–" : String.format(Locale.ROOT, "%.2f", q.discrimination()));
        UnorderedList notes = new UnorderedList();
        q.flags().stream().map(QuestionFlag::label).forEach(f -> notes.add(new ListItem(f)));
        if (!q.note().isEmpty()) {
            notes.add(new ListItem(q.note()));
        }
        row.addDataCell().add(notes);
        UnorderedList options = new UnorderedList();
        q.options().forEach(o -> options.add(new ListItem((o.correct() ? "Right: " : "") + o.text()
                + (o.share() == null ? "" : " – " + percent(o.share())))));
        row.addDataCell().add(options);
    }

    private static void number(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.addClassName("lantern-number");
    }

    private static String percent(@Nullable Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }
}
