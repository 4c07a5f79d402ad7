package org.lantern.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/** What a lesson page embeds from other parts of training: the practice tool link and reflection prompts. */
@SpringComponent
@UIScope
class LessonExtras {

    Component toolLink(String toolKey) {
        Div box = new Div();
        box.addClassName("lantern-resume");
        box.add(new Paragraph("Practise with the tool that goes with this lesson."));
        box.add(new Anchor("tools/" + toolKey, "Open the practice tool"));
        return box;
    }

    Component reflection(String username, String prompt, String sourceRef, String sourceLabel) {
        Div box = new Div();
        box.addClassName("lantern-card");
        box.add(new Paragraph(prompt));
        return box;
    }
}
