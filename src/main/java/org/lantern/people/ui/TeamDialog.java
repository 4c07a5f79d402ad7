package org.lantern.people.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.lantern.base.ui.Texts;

/** Form to add a team. Fires a {@link SaveEvent}. */
class TeamDialog extends Dialog {

    static final class SaveEvent extends ComponentEvent<TeamDialog> {
        final String name;
        final String service;

        SaveEvent(TeamDialog source) {
            super(source, false);
            this.name = source.name.getValue();
            this.service = source.service.getValue();
        }
    }

    private final TextField name = new TextField("Team name");
    private final TextField service = new TextField("Service (optional)");
    private final Div error = Texts.alert();

    TeamDialog() {
        setHeaderTitle("Add a team");
        name.setRequiredIndicatorVisible(true);
        service.setHelperText("For example: Adult community mental health");
        FormLayout form = new FormLayout(name, service);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, error);
        Button save = new Button("Add team", e -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
