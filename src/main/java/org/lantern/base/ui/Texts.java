package org.lantern.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The few kinds of line every page writes in the same style. */
public final class Texts {

    private Texts() {
    }

    /** What a list or area says when there is nothing in it yet, e.g. "No stories are waiting for review." */
    public static Paragraph empty(String text) {
        return styled(text, "lantern-empty");
    }

    /** The larger first paragraph under a page's heading: what the page is, in a sentence or two. */
    public static Paragraph lead(String text) {
        return styled(text, "lantern-lead");
    }

    /** A muted line for labels, dates and counts. */
    public static Paragraph meta(String text) {
        return styled(text, "lantern-meta");
    }

    /** An empty box for a form's error message; screen readers announce the text it is given. */
    public static Div alert() {
        Div alert = new Div();
        alert.addClassName("lantern-error");
        alert.getElement().setAttribute("role", "alert");
        return alert;
    }

    private static Paragraph styled(String text, String className) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }
}
