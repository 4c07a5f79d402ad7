package org.lantern.people.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.people.Team;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Form to add or change an account. Fires a {@link SaveEvent}; the view makes the service call. */
class AccountDialog extends Dialog {

    /** What the administrator entered. {@code account} is null for a new account. */
    static final class SaveEvent extends ComponentEvent<AccountDialog> {
        final Account account;
        final String username;
        final String displayName;
        final String password;
        final boolean enabled;
        final Set<Role> roles;
        final Set<Long> teamIds;
        final Set<Long> managedTeamIds;

        SaveEvent(AccountDialog source, Account account) {
            super(source, false);
            this.account = account;
            this.username = source.username.getValue();
            this.displayName = source.displayName.getValue();
            this.password = source.password.getValue();
            this.enabled = source.enabled.getValue();
            this.roles = Set.copyOf(source.roles.getValue());
            this.teamIds = source.teams.getValue().stream().map(Team::id).collect(Collectors.toSet());
            this.managedTeamIds = source.managedTeams.getValue().stream().map(Team::id).collect(Collectors.toSet());
        }
    }

    private final TextField username = new TextField("User name");
    private final TextField displayName = new TextField("Name");
    private final PasswordField password = new PasswordField();
    private final Checkbox enabled = new Checkbox("Can sign in", true);
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>("Member of teams");
    private final MultiSelectComboBox<Team> managedTeams = new MultiSelectComboBox<>("Manages teams");
    private final Div error = Texts.alert();

    AccountDialog(Account account, List<Team> allTeams) {
        teams.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);   // chips wrap, never cut off
        managedTeams.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);   // chips wrap, never cut off
        setHeaderTitle(account == null ? "Add an account" : "Change " + account.displayName());
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        teams.setItems(allTeams);
        teams.setItemLabelGenerator(Team::name);
        managedTeams.setItems(allTeams);
        managedTeams.setItemLabelGenerator(Team::name);
        password.setLabel(account == null ? "Password" : "New password (leave empty to keep)");
        password.setHelperText("At least " + PeopleService.MIN_PASSWORD_LENGTH + " characters");
        username.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        if (account != null) {
            username.setValue(account.username());
            username.setReadOnly(true);
            displayName.setValue(account.displayName());
            enabled.setValue(account.enabled());
            roles.setValue(account.roles());
            Set<Long> member = account.teams().stream().map(Account.TeamMembership::teamId).collect(Collectors.toSet());
            Set<Long> managed = account.teamsNamedAsManager().stream().map(Account.TeamMembership::teamId).collect(Collectors.toSet());
            teams.setValue(allTeams.stream().filter(t -> member.contains(t.id()) && !managed.contains(t.id())).collect(Collectors.toSet()));
            managedTeams.setValue(allTeams.stream().filter(t -> managed.contains(t.id())).collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(username, displayName, password, enabled, roles, teams, managedTeams);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(roles, 2);
        add(form, error);
        Button save = new Button("Save", e -> fireEvent(new SaveEvent(this, account)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        if (account != null && !account.roles().isEmpty()) { // erased accounts have no roles
            Button identities = new Button("Organisation sign-in…", e -> fireEvent(new IdentitiesEvent(this, account)));
            identities.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(identities);
            Button erase = new Button("Erase account…", e -> fireEvent(new EraseEvent(this, account)));
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(erase);
        }
        getFooter().add(cancel, save);
    }

    /** The administrator asked to erase the account (confirmed in a separate dialog). */
    static final class EraseEvent extends ComponentEvent<AccountDialog> {
        final Account account;

        EraseEvent(AccountDialog source, Account account) {
            super(source, false);
            this.account = account;
        }
    }

    /** The administrator asked to see or change the account's organisation sign-in links. */
    static final class IdentitiesEvent extends ComponentEvent<AccountDialog> {
        final Account account;

        IdentitiesEvent(AccountDialog source, Account account) {
            super(source, false);
            this.account = account;
        }
    }

    Registration addIdentitiesListener(ComponentEventListener<IdentitiesEvent> listener) {
        return addListener(IdentitiesEvent.class, listener);
    }

    Registration addEraseListener(ComponentEventListener<EraseEvent> listener) {
        return addListener(EraseEvent.class, listener);
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
