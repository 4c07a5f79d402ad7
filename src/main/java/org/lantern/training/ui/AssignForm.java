package org.lantern.training.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Role;
import org.lantern.base.ui.DateInput;
import org.lantern.base.ui.Texts;
import org.lantern.people.Team;
import org.lantern.training.RequiredModule;
import org.lantern.training.TrainingModule;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assigning a module as required learning, or changing an assignment. Fires {@link SaveEvent} and
 * {@link CancelEvent}; the view makes the service call and shows its message on a refusal.
 */
class AssignForm extends Section {

    /** The filled-in request; {@code id} is null for a new assignment. */
    static final class SaveEvent extends ComponentEvent<AssignForm> {
        final @Nullable Long id;
        final RequiredModule.Request request;

        SaveEvent(AssignForm source) {
            super(source, false);
            this.id = source.id;
            TrainingModule module = source.module.getValue();
            this.request = new RequiredModule.Request(module == null ? "" : module.key(), source.due.getValue(),
                    source.teams.getValue().stream().map(Team::id).collect(Collectors.toSet()), source.roles.getValue());
        }
    }

    static final class CancelEvent extends ComponentEvent<AssignForm> {
        CancelEvent(AssignForm source) {
            super(source, false);
        }
    }

    private final H2 heading = new H2();
    private final Select<TrainingModule> module = new Select<>();
    private final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>("Teams");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final DatePicker due = DateInput.date("Due by");
    private final Div error = Texts.alert();
    private final List<Team> teamChoices;
    private @Nullable Long id;

    AssignForm(List<TrainingModule> modules, List<Team> teamChoices, boolean rolesAlone) {
        this.teamChoices = teamChoices;
        addClassNames("lantern-card");
        module.setLabel("Module");
        module.setItems(modules);
        module.setItemLabelGenerator(TrainingModule::title);
        teams.setItems(teamChoices);
        teams.setItemLabelGenerator(Team::name);
        teams.setHelperText(rolesAlone ? "Leave empty to require it of everyone with the chosen roles."
                : "The teams you manage that must complete it.");
        roles.setItems(EnumSet.of(Role.STAFF, Role.MANAGER, Role.EDITOR, Role.EVALUATOR, Role.ADMIN));
        roles.setItemLabelGenerator(Role::label);
        roles.setHelperText("Optional. With teams chosen, only their members who have one of these roles.");
        Button save = new Button("Save", e -> {
            if (DateInput.problem(due).map(this::showError).isEmpty()) {
                fireEvent(new SaveEvent(this));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> fireEvent(new CancelEvent(this)));
        Div buttons = new Div(save, cancel);
        buttons.addClassName("lantern-toolbar");
        add(heading, module, teams, roles, due, error, buttons);
        setVisible(false);
    }

    /** Opens the form for a new assignment (null) or to change one. */
    void edit(@Nullable RequiredModule assignment, List<TrainingModule> modules) {
        id = assignment == null ? null : assignment.id();
        heading.setText(assignment == null ? "Assign a module" : "Change: " + assignment.moduleTitle());
        module.setValue(assignment == null ? null : modules.stream().filter(m -> m.key().equals(assignment.moduleKey())).findFirst().orElse(null));
        Set<Long> chosen = assignment == null ? Set.of() : assignment.teams().stream().map(RequiredModule.TeamRef::id).collect(Collectors.toSet());
        teams.setValue(teamChoices.stream().filter(t -> chosen.contains(t.id())).collect(Collectors.toSet()));
        roles.setValue(assignment == null ? Set.of() : assignment.roles());
        due.setValue(assignment == null ? null : assignment.dueOn());
        error.setText("");
        setVisible(true);
    }

    void close() {
        id = null;
        setVisible(false);
    }

    boolean showError(String message) {
        error.setText(message);
        return true;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
