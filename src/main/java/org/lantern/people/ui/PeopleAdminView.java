package org.lantern.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.people.IdentityLinks;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleException;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.people.ScimTokens;
import org.lantern.people.SsoProvisioning;
import org.lantern.people.Team;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/** Administrators add and change accounts, roles and teams. */
@Route("admin/people")
@PageTitle("People and teams | Lantern")
@Menu(title = "People and teams", order = 800, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_ROLE)
public class PeopleAdminView extends Div {

    private final PeopleService people;
    private final AccountErasure erasure;
    private final CurrentAccount currentAccount;
    private final IdentityLinks identityLinks;
    private final List<String> issuers;
    private Map<Long, Integer> linkCounts = Map.of();
    private java.util.Set<Long> withoutPassword = java.util.Set.of();
    private final Grid<Account> accounts = new Grid<>(Account.class, false);
    private final Grid<Team> teams = new Grid<>(Team.class, false);
    private final TextField filter = new TextField("Find a person");

    PeopleAdminView(PeopleService people, AccountErasure erasure, CurrentAccount currentAccount,
                    IdentityLinks identityLinks, ObjectProvider<ClientRegistrationRepository> providers,
                    SsoProvisioning provisioning, ScimTokens scimTokens) {
        this.people = people;
        this.erasure = erasure;
        this.currentAccount = currentAccount;
        this.identityLinks = identityLinks;
        this.issuers = issuers(providers);
        addClassName("lantern-page");
        add(new H1("People and teams"), createAccountsSection(), createTeamsSection(),
                new SsoProvisioningSection(provisioning.rules(), !issuers.isEmpty()),
                new ScimTokensSection(scimTokens, currentAccount.require()));
        refresh();
    }

    private Component createAccountsSection() {
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> refresh());
        Button add = new Button("Add an account", e -> openAccount(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accounts.addColumn(Account::displayName).setHeader("Name").setSortable(true).setAutoWidth(true);
        accounts.addColumn(Account::username).setHeader("User name").setSortable(true).setAutoWidth(true);
        accounts.addColumn(a -> a.roles().stream().map(Role::label).collect(Collectors.joining(", "))).setHeader("Roles");
        accounts.addColumn(a -> a.teams().stream().map(t -> t.teamName() + (t.manager() ? " (manager)" : ""))
                .collect(Collectors.joining(", "))).setHeader("Teams");
        accounts.addColumn(a -> !a.enabled() ? "No" : withoutPassword.contains(a.id()) ? "No password yet" : "Yes")
                .setHeader("Can sign in").setAutoWidth(true);
        accounts.addColumn(a -> linkCounts.getOrDefault(a.id(), 0) == 0 ? "not linked"
                : linkCounts.get(a.id()) + " linked").setHeader("Organisation sign-in").setAutoWidth(true);
        accounts.addItemClickListener(e -> openAccount(e.getItem()));
        accounts.setAriaLabel("Accounts. Select a row to change it.");
        accounts.setAllRowsVisible(true);
        Div toolbar = new Div(filter, add, new com.vaadin.flow.router.RouterLink("Import people from a file", PeopleImportView.class));
        toolbar.addClassName("lantern-toolbar");
        return new Div(new H2("Accounts"), toolbar, accounts);
    }

    private Component createTeamsSection() {
        teams.addColumn(Team::name).setHeader("Team").setSortable(true);
        teams.addColumn(Team::serviceName).setHeader("Service").setSortable(true);
        teams.addColumn(Team::memberCount).setHeader("Members").setAutoWidth(true);
        teams.setAllRowsVisible(true);
        teams.setAriaLabel("Teams");
        Button add = new Button("Add a team", e -> openTeam());
        return new Div(new H2("Teams"), add, teams);
    }

    private void openAccount(Account account) {
        AccountDialog dialog = new AccountDialog(account, people.allTeams());
        dialog.addSaveListener(e -> {
            try {
                if (e.account == null) {
                    people.createAccount(new NewAccount(e.username, e.displayName, e.password, e.roles, e.teamIds, e.managedTeamIds));
                } else {
                    people.updateAccount(e.account.id(), e.displayName, e.enabled, e.roles, e.teamIds, e.managedTeamIds);
                    if (!e.password.isEmpty()) {
                        people.resetPassword(e.account.id(), e.password);
                    }
                }
                dialog.close();
                Notification.show("Saved.", 3000, Notification.Position.BOTTOM_START);
                refresh();
            } catch (PeopleException ex) {
                dialog.showError(ex.getMessage());
            }
        });
        dialog.addIdentitiesListener(e -> {
            dialog.close();
            new IdentityLinksDialog(identityLinks, currentAccount.require(), e.account, issuers, this::refresh).open();
        });
        dialog.addEraseListener(e -> {
            dialog.close();
            erasure.confirmAndErase(currentAccount.require(), e.account, this::refresh);
        });
        dialog.open();
    }

    private void openTeam() {
        TeamDialog dialog = new TeamDialog();
        dialog.addSaveListener(e -> {
            try {
                people.createTeam(e.name, e.service);
                dialog.close();
                refresh();
            } catch (PeopleException ex) {
                dialog.showError(ex.getMessage());
            }
        });
        dialog.open();
    }

    /** The issuers of the configured identity providers, to offer when linking. */
    private static List<String> issuers(ObjectProvider<ClientRegistrationRepository> providers) {
        List<String> issuers = new ArrayList<>();
        if (providers.getIfAvailable() instanceof Iterable<?> all) {
            all.forEach(r -> {
                String issuer = IdentityLinks.issuerOf((ClientRegistration) r);
                if (issuer != null && !issuers.contains(issuer)) {
                    issuers.add(issuer);
                }
            });
        }
        return issuers;
    }

    private void refresh() {
        linkCounts = identityLinks.linkCounts();
        withoutPassword = people.accountsWithoutPassword();
        String q = filter.getValue().trim().toLowerCase(Locale.ROOT);
        List<Account> all = people.allAccounts();
        accounts.setItems(q.isEmpty() ? all : all.stream()
                .filter(a -> a.displayName().toLowerCase(Locale.ROOT).contains(q) || a.username().contains(q)).toList());
        teams.setItems(people.allTeams());
    }
}
