package org.lantern.reflection.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.lantern.reflection.ReflectionException;
import org.lantern.reflection.SessionDetail;
import org.lantern.reflection.Sessions;

/**
 * "Quick feedback" for someone who attended: the form while they may still answer, otherwise what
 * the service decided (thanks, not open yet, or closed).
 */
class FeedbackForm extends Div {

    FeedbackForm(Sessions sessions, Account account, SessionDetail detail, Runnable sent) {
        add(new H2("Quick feedback"));
        SessionDetail.Feedback f = detail.feedback();
        String closes = SessionLinks.when(f.closesAt());
        if (f.given()) {
            add(new Paragraph("Thank you for your feedback."));
            return;
        }
        if (!detail.canGiveFeedback()) {
            add(new Paragraph(f.phase() == SessionDetail.FeedbackPhase.NOT_YET_OPEN
                    ? "You can give anonymous feedback from the start of the session until " + closes + "."
                    : "Feedback on this session closed on " + closes + "."));
            return;
        }
        add(new Paragraph("Feedback closes on " + closes + ". It is anonymous: nobody sees your answer. "
                + "After feedback closes, your manager sees the totals, and only if at least " + f.minGroupSize()
                + " people answered."));
        RadioButtonGroup<Integer> useful = new RadioButtonGroup<>("How useful was the session?");
        useful.setItems(1, 2, 3, 4, 5);
        useful.setItemLabelGenerator(FeedbackSummaryPanel::label);
        TextField takeaway = new TextField("One thing you will take away (optional)");
        takeaway.setMaxLength(500);
        takeaway.setWidthFull();
        Div error = new Div();
        error.addClassName("lantern-error");
        Button send = new Button("Send feedback", e -> {
            try {
                sessions.giveFeedback(account, detail.session().id(), useful.getValue() == null ? 0 : useful.getValue(),
                        takeaway.getValue());
                sent.run();
            } catch (ReflectionException ex) {
                error.setText(ex.getMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(useful, takeaway, error, send);
    }
}
