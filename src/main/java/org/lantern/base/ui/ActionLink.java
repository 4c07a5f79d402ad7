package org.lantern.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link that is the page's next step ("Start the first lesson", "Take the knowledge check"), shown
 * as a button big enough for a thumb: at least 44 by 44 CSS pixels. It stays a link, so it opens
 * in a new tab like any other and screen readers announce where it goes.
 */
public final class ActionLink {

    private ActionLink() {
    }

    /** The main next step of a page: filled, like a primary button. */
    public static Anchor primary(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.addClassNames("lantern-action-link", "lantern-action-link-primary");
        return link;
    }

    /** Another step beside it: outlined. */
    public static Anchor secondary(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.addClassName("lantern-action-link");
        return link;
    }
}
