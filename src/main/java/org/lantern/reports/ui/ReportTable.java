package org.lantern.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

import java.util.List;

/**
 * A plain HTML table with a caption, column headings and a heading cell per row, inside a
 * scrollable region that keyboard users can reach. Hidden figures are marked so they stand out.
 */
final class ReportTable {

    /** One cell: text, whether it is a number (right-aligned) and whether it stands for a hidden figure. */
    record Cell(String text, boolean number, boolean hidden) {

        static Cell text(String text) {
            return new Cell(text, false, false);
        }

        static Cell number(String text) {
            return new Cell(text, true, false);
        }

        static Cell hidden(String label) {
            return new Cell(label, true, true);
        }
    }

    private final NativeTable table = new NativeTable();

    ReportTable(String caption, List<String> headers) {
        table.addClassName("lantern-report-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String h : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(h);
            cell.getElement().setAttribute("scope", "col");
        }
    }

    ReportTable row(String heading, List<Cell> cells) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell th = row.addHeaderCell();
        th.setText(heading);
        th.getElement().setAttribute("scope", "row");
        for (Cell c : cells) {
            NativeTableCell td = row.addDataCell();
            td.setText(c.text());
            if (c.number()) {
                td.addClassName("lantern-number");
            }
            if (c.hidden()) {
                td.addClassName("lantern-suppressed");
            }
        }
        return this;
    }

    /** The table in a region that scrolls sideways on small screens and can be scrolled with the keyboard. */
    Component component() {
        Div region = new Div(table);
        region.addClassName("lantern-table-scroll");
        region.getElement().setAttribute("tabindex", "0");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", table.getCaptionText());
        // on a phone, say that the table scrolls, so nobody thinks the columns past the edge are missing
        return org.lantern.base.ui.WideTable.of(region);
    }
}
