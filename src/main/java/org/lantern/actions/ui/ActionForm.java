package org.lantern.actions.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.DateInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small form to add an action: what, who owns it (a member or the team) and by when. Fires a
 * {@link SaveEvent}; session pages embed it too.
 */
public class ActionForm extends Div {

    /** A possible owner; the form adds "The team" (id null) itself. */
    public record Member(@Nullable Long id, String name) {
    }

    /** What was typed, once the due date (if any) is a date. */
    public static final class SaveEvent extends ComponentEvent<ActionForm> {
        private final String description;
        private final @Nullable Long ownerId;
        private final @Nullable LocalDate due;

        SaveEvent(ActionForm source) {
            super(source, false);
            this.description = source.description.getValue();
            this.ownerId = source.owner.getValue() == null ? null : source.owner.getValue().id();
            this.due = source.due.getValue();
        }

        public String description() {
            return description;
        }

        public @Nullable Long ownerId() {
            return ownerId;
        }

        public @Nullable LocalDate due() {
            return due;
        }
    }

    private final TextField description = new TextField("New action");
    private final Select<Member> owner = new Select<>();
    private final DatePicker due = DateInput.date("Due by (optional)");
    private final Div error = Texts.alert();

    public ActionForm(List<Member> members) {
        description.setMaxLength(1000);
        description.setWidthFull();
        List<Member> owners = new ArrayList<>();
        owners.add(new Member(null, "The team"));
        owners.addAll(members);
        owner.setLabel("Owner");
        owner.setItems(owners);
        owner.setItemLabelGenerator(Member::name);
        owner.setValue(owners.getFirst());
        FormLayout form = new FormLayout(description, owner, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        Button add = new Button("Add action", e -> {
            error.setText("");
            // a date typed but not understood stops the save: never save the action as "no due date"
            DateInput.problem(due).ifPresentOrElse(this::showError, () -> fireEvent(new SaveEvent(this)));
        });
        add(form, error, add);
    }

    public void showError(String message) {
        error.setText(message);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
