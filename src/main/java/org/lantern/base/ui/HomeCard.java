package org.lantern.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One feature's part of a home-page area card, filled by its {@link HomeWidget}: lines of text, links
 * and any component of the feature's own. A part left empty is not shown.
 */
public final class HomeCard {

    private final Div box = new Div();

    HomeCard() {
    }

    /** Shows the part as one short line with its link, e.g. "Your private journal has 3 entries. Open my journal". */
    public HomeCard asLine() {
        box.addClassName("lantern-home-widget");
        return this;
    }

    public HomeCard text(String text) {
        box.add(new Paragraph(text));
        return this;
    }

    /** A line in the muted style of labels and dates. */
    public HomeCard meta(String text) {
        box.add(Texts.meta(text));
        return this;
    }

    /** A link to a route, e.g. {@code link("journal", "Open my journal")}. */
    public HomeCard link(String route, String text) {
        box.add(new Anchor(route, text));
        return this;
    }

    public HomeCard add(Component... components) {
        box.add(components);
        return this;
    }

    boolean isEmpty() {
        return box.getComponentCount() == 0;
    }

    Component component() {
        return box;
    }
}
