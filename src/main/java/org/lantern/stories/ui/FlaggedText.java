package org.lantern.stories.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.lantern.stories.PersonalDetail;

import java.util.List;

/**
 * The text the de-identification check read, with each detail it found marked where it is, so an
 * editor sees "St Mary's" in its sentence rather than in a list. Built from elements and text nodes
 * only: the story's words are never parsed as HTML.
 */
final class FlaggedText {

    private FlaggedText() {
    }

    static Component of(String text, List<PersonalDetail> details) {
        Div body = new Div();
        body.addClassName("lantern-flagged-text");
        int at = 0;
        for (PersonalDetail detail : details) {
            if (detail.start() < at || detail.end() > text.length()) {
                continue;   // overlapping or out of range: the list above still names it
            }
            body.getElement().appendChild(Element.createText(text.substring(at, detail.start())));
            Element mark = new Element("mark");
            mark.setText(text.substring(detail.start(), detail.end()));
            mark.setAttribute("title", detail.kind().label());
            Element kind = new Element("span");
            kind.getClassList().add("lantern-visually-hidden");
            kind.setText(" (" + detail.kind().label().toLowerCase(java.util.Locale.ROOT) + ")");
            mark.appendChild(kind);
            body.getElement().appendChild(mark);
            at = detail.end();
        }
        body.getElement().appendChild(Element.createText(text.substring(at)));
        Paragraph intro = new Paragraph("The story with each detail to check marked:");
        intro.addClassName("lantern-meta");
        return new Div(new H3("Where they are"), intro, body);
    }
}
