package org.lantern.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.base.ui.DownloadLink;
import org.lantern.base.ui.Texts;
import org.lantern.training.Compliance;
import org.lantern.training.RequiredModule;
import org.lantern.training.Requirement;
import org.lantern.training.TeamCompliance;
import org.lantern.base.ui.PageHeader;

import java.util.List;

/**
 * Required learning per team: who has completed each required module and by when the rest are due.
 * Completion only, never what anyone wrote or answered.
 */
@Route("reports/required-learning")
@PageTitle("Required learning by team | Lantern")
@Menu(title = "Required learning by team", order = 505, icon = "vaadin:check-square-o")
@RolesAllowed({Role.ADMIN_ROLE, Role.MANAGER_ROLE})
public class ComplianceView extends Div {

    private final Compliance compliance;
    private final Account account;
    private final Div table = new Div();

    ComplianceView(Compliance compliance, CurrentAccount currentAccount) {
        this.compliance = compliance;
        this.account = currentAccount.require();
        PageHeader.add(this, "Required learning by team",
                "For each person, whether they have completed the modules required of them: done (with the date), "
                + "due soon (within 14 days), overdue or not due yet. You see completion only: never their journal, "
                + "reflections or knowledge-check answers.");
        List<RequiredModule.TeamRef> teams = compliance.teams(account);
        if (teams.isEmpty()) {
            add(Texts.empty("You do not manage a team yet. An administrator can add you as a team's manager."));
            return;
        }
        Select<RequiredModule.TeamRef> team = new Select<>();
        team.setLabel("Team");
        team.setItems(teams);
        team.setItemLabelGenerator(RequiredModule.TeamRef::name);
        team.addValueChangeListener(e -> show(e.getValue()));
        add(team, table);
        team.setValue(teams.getFirst());
    }

    private void show(RequiredModule.TeamRef team) {
        table.removeAll();
        TeamCompliance c = compliance.team(account, team.id());
        if (c.rows().isEmpty()) {
            table.add(Texts.empty("Nothing is required of this team's members yet."));
            return;
        }
        UnorderedList counts = new UnorderedList();
        c.modules().forEach(m -> counts.add(new ListItem(m.title() + ": " + c.countsOf(m.key()))));
        Grid<TeamCompliance.Member> grid = new Grid<>();
        grid.addColumn(TeamCompliance.Member::displayName).setHeader("Staff member").setFrozen(true).setAutoWidth(true);
        for (TeamCompliance.ModuleRef module : c.modules()) {
            grid.addColumn(m -> describe(m.cells().get(module.key()))).setHeader(module.title()).setAutoWidth(true);
        }
        grid.setItems(c.rows());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Required learning of " + c.teamName());
        table.add(new H2("Summary"), counts, new H2("People"), grid,
                DownloadLink.create("Download as CSV", "required-learning-" + c.teamId() + ".csv", "text/csv",
                        () -> compliance.teamCsv(account, team.id())));
    }

    private static String describe(Requirement requirement) {
        return requirement == null ? "Not required" : requirement.describe();
    }
}
