package org.lantern.surveys.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.lantern.base.ui.Texts;
import org.lantern.surveys.Programme;

import java.util.Optional;

/**
 * Archiving a programme on its page: what it does, a confirmation saying so, or why it cannot be
 * done yet. Fires {@link ArchiveEvent} once confirmed.
 */
class ArchivePanel extends Div {

    private final Paragraph error = new Paragraph();

    ArchivePanel(Programme programme, Optional<String> refusal) {
        add(new H2("Archive"));
        if (programme.archived()) {
            Paragraph done = new Paragraph("Archived on " + SurveyLinks.date(programme.archivedOn()) + ". Nobody's answers "
                    + "can be traced back to them any more, staff no longer see the programme, and its evaluation reports "
                    + "stay available.");
            done.addClassName("lantern-done");
            add(done);
            return;
        }
        add(new Paragraph("Once the last wave has closed, archive the programme: the links between people and their "
                + "answers are deleted, so nobody can see or resume their answers any more, unsubmitted answers are deleted, "
                + "and staff no longer see the programme. Submitted answers and evaluation reports stay."));
        Button archive = new Button("Archive programme…", e -> confirm(programme));
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refusal.ifPresent(reason -> {
            archive.setEnabled(false);
            add(Texts.meta(reason));
        });
        error.addClassName("lantern-error");
        error.getElement().setAttribute("role", "alert");
        add(archive, error);
    }

    private void confirm(Programme programme) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Archive " + programme.title() + "?");
        dialog.setText("The links between staff and their survey answers are deleted: nobody, including the person "
                + "themselves, can see or resume their answers any more. Unsubmitted answers are deleted. Staff no longer "
                + "see the programme. Submitted answers and evaluation reports stay. This cannot be undone.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.setConfirmText("Archive");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> fireEvent(new ArchiveEvent(this)));
        dialog.open();
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addArchiveListener(ComponentEventListener<ArchiveEvent> listener) {
        return addListener(ArchiveEvent.class, listener);
    }

    /** The evaluator confirmed archiving the programme. */
    static final class ArchiveEvent extends ComponentEvent<ArchivePanel> {
        ArchiveEvent(ArchivePanel source) {
            super(source, false);
        }
    }
}
