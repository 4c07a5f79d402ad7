package org.lantern.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.base.ui.Texts;
import org.lantern.training.Requirement;
import org.lantern.training.RequiredModule;
import org.lantern.training.RequiredModules;
import org.lantern.training.TrainingException;
import org.lantern.training.TrainingService;
import org.lantern.base.ui.PageHeader;

import java.util.List;

/** Administrators and managers assign modules as required learning, change and withdraw assignments. */
@Route("learn/required")
@PageTitle("Required learning | Lantern")
@Menu(title = "Required learning", order = 510, icon = "vaadin:calendar-clock")
@RolesAllowed({Role.ADMIN_ROLE, Role.MANAGER_ROLE})
public class RequiredLearningView extends Div {

    private final RequiredModules required;
    private final TrainingService training;
    private final Account account;
    private final Div lists = new Div();
    private final AssignForm form;

    RequiredLearningView(RequiredModules required, TrainingService training, CurrentAccount currentAccount) {
        this.required = required;
        this.training = training;
        this.account = currentAccount.require();
        PageHeader.add(this, "Required learning",
                "Modules that staff must complete by a date. People see them first on their home page; "
                + "the team compliance page shows who has done them.");
        form = new AssignForm(training.modules(), required.assignableTeams(account), account.hasRole(Role.ADMIN));
        form.addSaveListener(this::save);
        form.addCancelListener(e -> form.close());
        if (!required.canAssign(account)) {
            add(Texts.empty("You do not manage a team yet. An administrator can add you as a team's manager."));
            return;
        }
        Button assign = new Button("Assign a module", e -> form.edit(null, training.modules()));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(assign, form, lists);
        show();
    }

    private void save(AssignForm.SaveEvent event) {
        try {
            if (event.id == null) {
                required.assign(account, event.request);
            } else {
                required.change(account, event.id, event.request);
            }
            form.close();
            show();
        } catch (TrainingException e) {
            form.showError(e.getMessage());
        }
    }

    private void show() {
        lists.removeAll();
        List<RequiredModule> all = required.assignments(account, true);
        List<RequiredModule> live = all.stream().filter(a -> a.withdrawnAt() == null).toList();
        List<RequiredModule> withdrawn = all.stream().filter(a -> a.withdrawnAt() != null).toList();
        lists.add(new H2("Assigned now"));
        lists.add(live.isEmpty() ? Texts.empty("No modules are required yet.") : createGrid(live, true));
        if (!withdrawn.isEmpty()) {
            lists.add(new H2("Withdrawn"), createGrid(withdrawn, false));
        }
    }

    private Component createGrid(List<RequiredModule> items, boolean actions) {
        Grid<RequiredModule> grid = new Grid<>();
        grid.addColumn(RequiredModule::moduleTitle).setHeader("Module").setAutoWidth(true);
        grid.addColumn(RequiredModule::audience).setHeader("Required of").setFlexGrow(1);
        grid.addColumn(a -> Requirement.DATE.format(a.dueOn())).setHeader("Due by").setAutoWidth(true);
        grid.addColumn(a -> a.setBy() == null ? "" : a.setBy()).setHeader("Set by").setAutoWidth(true);
        if (actions) {
            grid.addComponentColumn(this::createActions).setHeader("Actions").setKey("actions").setAutoWidth(true);
        }
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(actions ? "Required modules" : "Withdrawn requirements");
        return grid;
    }

    private Component createActions(RequiredModule a) {
        Div box = new Div();
        if (a.editable()) {
            Button change = new Button("Change", e -> form.edit(a, training.modules()));
            change.setAriaLabel("Change " + a.moduleTitle() + " for " + a.audience());
            Button withdraw = new Button("Withdraw", e -> {
                try {
                    required.withdraw(account, a.id());
                } catch (TrainingException ex) {
                    Notification.show(ex.getMessage());
                }
                show();
            });
            withdraw.setAriaLabel("Withdraw " + a.moduleTitle() + " for " + a.audience());
            box.add(change, withdraw);
        }
        return box;
    }
}
