package org.lantern.surveys.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.surveys.MyResponse;
import org.lantern.surveys.SurveyDefinition;

import java.util.List;

/** A submitted response as its author sees it: thanks, and every answer as they gave it. */
final class SubmittedAnswers {

    private SubmittedAnswers() {
    }

    /** The survey's title, the thanks and the answers, to add to the page. */
    static Component[] of(MyResponse response) {
        Paragraph thanks = new Paragraph("Thank you. You submitted the " + SurveyLinks.waveLabel(response.wave().key()).toLowerCase()
                + " survey" + (response.submittedOn() == null ? "" : " on " + SurveyLinks.date(response.submittedOn()))
                + ". These are your answers; only you can see them here.");
        thanks.addClassName("lantern-done");
        thanks.getElement().setAttribute("role", "status");
        Div answers = new Div();
        answers.addClassName("lantern-answers");
        List<SurveyDefinition.Item> items = new java.util.ArrayList<>(response.survey().items());
        items.addAll(response.thenTestItems());
        for (SurveyDefinition.Item item : items) {
            String value = response.answers().get(item.key());
            String shown = value == null ? "Not answered" : item.type() == SurveyDefinition.ItemType.LIKERT
                    ? QuestionFields.likertLabel(response.survey().scale(), value) : value;
            Paragraph q = new Paragraph((item.key().endsWith(SurveyDefinition.THEN_TEST_SUFFIX) ? ThenTestQuestions.PREFIX : "")
                    + item.text());
            q.addClassName("lantern-option");
            answers.add(q, new Paragraph(shown));
        }
        return new Component[]{new H1(response.programme().title()), thanks, answers};
    }
}
