package org.lantern.surveys.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.lantern.surveys.SurveyException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The days after each wave opens on which people who have not submitted it are reminded, on the
 * programme's page. Saving hands the days typed to the service call the page gives, and shows its answer.
 */
class ReminderDaysPanel extends Div {

    private final TextField days = new TextField("Days after a wave opens");
    private final Paragraph outcome = new Paragraph();

    private final UnaryOperator<List<Integer>> saver;

    ReminderDaysPanel(List<Integer> current, UnaryOperator<List<Integer>> saver) {
        this.saver = saver;
        add(new H2("Reminders"), new Paragraph("Staff who have not yet submitted an open wave get a reminder in Lantern "
                + "(and by e-mail where it is set up) on these days after it opens, once each. Managers are told nothing more "
                + "than the response rates show. Leave empty for no reminders."));
        days.setValue(current.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        days.setHelperText("Whole numbers separated by commas, e.g. 7, 14");
        days.setPlaceholder("7, 14");
        outcome.getElement().setAttribute("role", "status");
        add(days, new Button("Save reminder days", e -> save()), outcome);
    }

    private void save() {
        List<Integer> parsed = new ArrayList<>();
        for (String part : days.getValue().split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!part.matches("\\d{1,3}")) {
                showOutcome("'" + part + "' is not a number of days. Nothing was changed.", true);
                return;
            }
            parsed.add(Integer.parseInt(part));
        }
        try {
            showSaved(saver.apply(parsed));
        } catch (SurveyException e) {
            showOutcome(e.getMessage() + " Nothing was changed.", true);
        }
    }

    private void showOutcome(String message, boolean error) {
        outcome.setText(message);
        outcome.setClassName(error ? "lantern-error" : "lantern-done");
    }

    private void showSaved(List<Integer> saved) {
        days.setValue(saved.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        showOutcome(saved.isEmpty() ? "Saved: no reminders." : "Saved: reminders " + days.getValue() + " days after each wave opens.", false);
    }
}
