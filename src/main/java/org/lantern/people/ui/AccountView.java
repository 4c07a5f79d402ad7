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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.Account;
import org.lantern.people.AccountSessions;
import org.lantern.base.security.CurrentAccount;
import org.lantern.people.IdentityLinks;
import org.lantern.people.PeopleException;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.lantern.base.security.SecurityContexts;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signed-in person's own account: who they are in Lantern, changing their password, and linking their
 * organisation sign-in.
 */
@Route("account")
@PageTitle("My account | Lantern")
@Menu(title = "My account", order = 900, icon = "vaadin:user")
@PermitAll
public class AccountView extends Div implements BeforeEnterObserver {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField confirm = new PasswordField("New password again");
    private final Div error = Texts.alert();
    private final AccountSessions sessions;
    private final OrganisationSignInSection organisationSignIn;

    AccountView(CurrentAccount currentAccount, PeopleService people, List<AccountPageSection> sections,
                AccountSessions sessions, IdentityLinks identityLinks, ObjectProvider<ClientRegistrationRepository> providers,
                SecurityContexts contexts) {
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
        Button change = new Button("Change password", e -> change(people, account));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, newPassword, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(form, error, change);
        organisationSignIn = createOrganisationSignIn(identityLinks, account, providers, contexts);
        add(organisationSignIn);
        sections.forEach(section -> add(section.create(account)));
    }

    private static OrganisationSignInSection createOrganisationSignIn(IdentityLinks identityLinks, Account account,
                                                                      ObjectProvider<ClientRegistrationRepository> providers, SecurityContexts contexts) {
        List<ClientRegistration> registrations = new ArrayList<>();
        if (providers.getIfAvailable() instanceof Iterable<?> all) {
            all.forEach(r -> registrations.add((ClientRegistration) r));
        }
        CsrfToken csrf = VaadinServletRequest.getCurrent() == null ? null
                : (CsrfToken) VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName());
        return new OrganisationSignInSection(identityLinks.linkedTo(account.id()), registrations,
                IdentityLinks.mayLinkFrom(contexts.authentication()), csrf);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> link = event.getLocation().getQueryParameters().getParameters().get("link");
        if (link != null && !link.isEmpty()) {
            organisationSignIn.showOutcome(link.getFirst());
        }
    }

    private void change(PeopleService people, Account account) {
        error.setText("");
        if (!newPassword.getValue().equals(confirm.getValue())) {
            error.setText("The two new passwords are not the same.");
            return;
        }
        try {
            people.changeOwnPassword(account, current.getValue(), newPassword.getValue());
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
