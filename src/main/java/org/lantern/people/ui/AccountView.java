package org.lantern.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import org.lantern.audit.DataRightsService;
import org.lantern.audit.ui.MyDataDownload;
import org.lantern.people.Account;
import org.lantern.people.AccountSessions;
import org.lantern.people.CurrentAccount;
import org.lantern.people.PeopleException;
import org.lantern.people.PeopleService;
import org.lantern.people.Role;

import java.util.stream.Collectors;

/** The signed-in person's own account: who they are in Lantern, and changing their password. */
@Route("account")
@PageTitle("My account | Lantern")
@Menu(title = "My account", order = 900, icon = "vaadin:user")
@PermitAll
public class AccountView extends Div {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField confirm = new PasswordField("New password again");
    private final Div error = new Div();
    private final AccountSessions sessions;

    AccountView(CurrentAccount currentAccount, PeopleService people, DataRightsService dataRights,
                AccountSessions sessions) {
        this.sessions = sessions;
        addClassName("lantern-page");
        Account account = currentAccount.require();
        add(new H1("My account"));
        add(new Paragraph("Name: " + account.displayName()));
        add(new Paragraph("User name: " + account.username()));
        add(new Paragraph("Roles: " + account.roles().stream().map(Role::label).collect(Collectors.joining(", "))));
        add(new Paragraph("Teams: " + (account.teams().isEmpty() ? "none"
                : account.teams().stream().map(t -> t.teamName() + (t.manager() ? " (manager)" : ""))
                .collect(Collectors.joining(", ")))));
        add(new H2("Change your password"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setHelperText("At least " + PeopleService.MIN_PASSWORD_LENGTH + " characters");
        confirm.setAutocomplete(Autocomplete.NEW_PASSWORD);
        error.addClassName("lantern-error");
        error.getElement().setAttribute("role", "alert");
        Button change = new Button("Change password", e -> change(people, account.username()));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, newPassword, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(form, error, change);
        add(new MyDataDownload(dataRights, account.username()));
    }

    private void change(PeopleService people, String username) {
        error.setText("");
        if (!newPassword.getValue().equals(confirm.getValue())) {
            error.setText("The two new passwords are not the same.");
            return;
        }
        try {
            people.changeOwnPassword(username, current.getValue(), newPassword.getValue());
            // the change ended every session of the account (a database trigger): this one stays, under a new id
            sessions.keepThisSessionOnly(VaadinServletRequest.getCurrent());
            current.clear();
            newPassword.clear();
            confirm.clear();
            Notification.show("Password changed.", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (PeopleException e) {
            error.setText(e.getMessage());
        }
    }
}
