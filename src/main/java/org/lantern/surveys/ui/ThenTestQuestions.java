package org.lantern.surveys.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.surveys.SurveyDefinition;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The then-test (looking back) questions of a follow-up survey, as one group at the end of the form with a plain
 * introduction: some questions again, answered as the person now thinks they were before the training.
 */
final class ThenTestQuestions {

    /** How a then-test answer is introduced where it is listed beside the others. */
    static final String PREFIX = "Looking back, before the training: ";

    private ThenTestQuestions() {
    }

    /** Adds the heading, the introduction and a field per question (numbered on from {@code number}); nothing when none. */
    static void addTo(HasComponents parent, List<SurveyDefinition.Item> items, int number,
                      BiFunction<Integer, SurveyDefinition.Item, Component> field) {
        if (items.isEmpty()) {
            return;
        }
        H2 heading = new H2("Looking back");
        Paragraph intro = new Paragraph("Now think back to before the training. How would you have answered these questions "
                + "then? Answer as you now see yourself at that time. You do not need to remember what you answered in the "
                + "first survey.");
        intro.addClassName("lantern-then-test-intro");
        parent.add(heading, intro);
        int n = number;
        for (SurveyDefinition.Item item : items) {
            parent.add(field.apply(n++, item));
        }
    }
}
