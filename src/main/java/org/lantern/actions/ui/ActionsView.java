package org.lantern.actions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.DownloadLink;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.actions.ActionException;
import org.lantern.actions.ActionOrigin;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.ActionStatus;
import org.lantern.actions.ActionUpdate;
import org.lantern.actions.Actions;

import java.util.List;

/** The team action log: what was agreed, who owns it, by when, and every update since. */
@Route("actions")
@PageTitle("Team actions | Lantern")
@Menu(title = "Team actions", order = 410, icon = "vaadin:tasks")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE})
public class ActionsView extends Div {

    private final Actions actions;
    private final PeopleService people;
    private final Account account;
    private final Select<Account.TeamMembership> team = new Select<>();
    private final Grid<ActionPoint> grid = new Grid<>();
    private final Div below = new Div();

    ActionsView(Actions actions, PeopleService people, CurrentAccount currentAccount) {
        this.actions = actions;
        this.people = people;
        this.account = currentAccount.require();
        addClassName("lantern-page");
        add(new H1("Team actions"));
        if (account.teams().isEmpty()) {
            add(Texts.empty("You are not in a team yet, so there are no actions to show."));
            return;
        }
        add(new Paragraph("Actions your team agreed in reflective sessions and self-reviews. Select an action to update it "
                + "or see its history. Overdue actions are marked."));
        team.setLabel("Team");
        team.setItems(account.teams());
        team.setItemLabelGenerator(Account.TeamMembership::teamName);
        team.addValueChangeListener(e -> refresh());
        grid.addColumn(ActionPoint::description).setHeader("Action").setFlexGrow(3);
        grid.addColumn(ActionPoint::ownerName).setHeader("Owner").setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Span due = new Span(a.due() == null ? "" : ActionList.DAY.format(a.due()) + (a.overdue() ? " (overdue)" : ""));
            if (a.overdue()) {
                due.addClassName("lantern-overdue");
            }
            return due;
        }).setHeader("Due").setAutoWidth(true);
        grid.addColumn(a -> a.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> a.origin().label()).setHeader("From").setAutoWidth(true);
        grid.addItemClickListener(e -> openAction(e.getItem()));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Team actions. Select a row to update an action.");
        add(team, grid, below);
        team.setValue(account.teams().getFirst());
    }

    private void refresh() {
        long teamId = team.getValue().teamId();
        grid.setItems(actions.actions(account, teamId));
        below.removeAll();
        ActionForm form = new ActionForm(people.teamMembers(teamId).stream().filter(Account::enabled)
                .map(a -> new ActionForm.Member(a.id(), a.displayName())).toList());
        form.addSaveListener(e -> {
            try {
                actions.add(account, teamId, e.description(), e.ownerId(), e.due(), ActionOrigin.DIRECT, null);
                refresh();
            } catch (ActionException ex) {
                form.showError(ex.getMessage());
            }
        });
        String name = team.getValue().teamName().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        Div exports = new Div(
                DownloadLink.create("Download as CSV", "actions-" + name + ".csv", "text/csv", () -> actions.actionsCsv(account, teamId)),
                DownloadLink.create("Download as PDF", "actions-" + name + ".pdf", "application/pdf",
                        () -> actions.actionsPdf(account, teamId)));
        exports.addClassName("lantern-toolbar");
        below.add(exports, new H2("Add an action"), form);
    }

    private void openAction(ActionPoint action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Update action");
        dialog.add(new Paragraph(action.description()));
        dialog.add(new Paragraph("Owner: " + action.ownerName() + ". Status: " + action.status().label() + "."));
        Select<ActionStatus> status = new Select<>();
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(action.status());
        TextArea note = new TextArea("Update (needed when dropping an action: say why)");
        note.setWidthFull();
        note.setMaxLength(2000);
        Div error = Texts.alert();
        UnorderedList history = new UnorderedList();
        List<ActionUpdate> updates = actions.history(account, action.id());
        for (ActionUpdate u : updates) {
            String change = u.from() == null ? u.to().label() : u.from() == u.to() ? "update" : u.from().label() + " → " + u.to().label();
            history.add(new ListItem(ActionList.when(u.at()) + ", " + u.who() + ": " + change + (u.note().isBlank() ? "" : ". " + u.note())));
        }
        Button save = new Button("Save", e -> {
            try {
                actions.updateStatus(account, action.id(), status.getValue(), note.getValue());
                dialog.close();
                refresh();
            } catch (ActionException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(status, note, error, new H2("History"), history);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 100vw)");
        dialog.open();
    }
}
