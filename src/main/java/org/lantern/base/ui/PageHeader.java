package org.lantern.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * How a page starts: the layout's page style ({@code lantern-page}: width, spacing, heading sizes),
 * the page's one heading, and the paragraph that says what the page is for and who sees what.
 */
public final class PageHeader {

    private PageHeader() {
    }

    /** Makes {@code page} a Lantern page and adds its heading and introduction. */
    public static <P extends HasComponents & HasStyle> void add(P page, String title, String intro) {
        page.addClassName("lantern-page");
        page.add(new H1(title), new Paragraph(intro));
    }
}
