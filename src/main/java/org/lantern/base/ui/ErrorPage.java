package org.lantern.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/** The plain page shown instead of the framework's error pages: what happened, and a way home. */
abstract class ErrorPage extends Div {

    ErrorPage(String heading, String explanation) {
        PageHeader.add(this, heading, explanation);
        add(new Anchor("", "Go to your home page"));
    }
}
