package org.lantern.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A table that may be wider than a phone: it scrolls sideways inside itself, and on narrow screens
 * a line above it says so, so nobody thinks a column is missing.
 */
public final class WideTable {

    private WideTable() {
    }

    public static Component of(Component table) {
        Paragraph hint = new Paragraph("Scroll the table sideways to see every column.");
        hint.addClassName("lantern-scroll-hint");
        Div box = new Div(hint, table);
        box.addClassName("lantern-wide-table");
        return box;
    }
}
