package org.lantern.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.training.TrainingService;

/** Addresses of the training pages, in one place. */
final class TrainingLinks {

    private TrainingLinks() {
    }

    static String module(String moduleKey) {
        return "learn/" + moduleKey;
    }

    static String lesson(String moduleKey, String lessonKey) {
        return "learn/" + moduleKey + "/lesson/" + lessonKey;
    }

    static String check(String moduleKey) {
        return "learn/" + moduleKey + "/check";
    }

    static Component resumeCard(TrainingService.Resume resume) {
        Div card = new Div();
        card.addClassName("lantern-resume");
        Paragraph label = new Paragraph("Carry on where you left off");
        label.addClassName("lantern-meta");
        Anchor link = new Anchor(lesson(resume.module().key(), resume.lesson().key()),
                resume.lesson().title() + " (" + resume.module().title() + ")");
        link.addClassName("lantern-resume-link");
        card.add(label, link);
        return card;
    }
}
