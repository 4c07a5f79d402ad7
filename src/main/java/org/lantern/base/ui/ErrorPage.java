package org.lantern.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The plain page shown instead of the framework's error pages: what happened, and a way home. */
abstract class ErrorPage extends Div {

    ErrorPage(String heading, String explanation) {
        addClassName("lantern-page");
        add(new H1(heading));
        add(new Paragraph(explanation));
        add(new Anchor("", "Go to your home page"));
    }
}
