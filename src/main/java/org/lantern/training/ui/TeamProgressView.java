package org.lantern.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.training.TeamProgress;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.lantern.base.ui.PageHeader;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Managers see which modules their team members have completed: progress only, never journals or answers. */
@Route("reports/training")
@PageTitle("Team training progress | Lantern")
@Menu(title = "Team training", order = 500, icon = "vaadin:chart-grid")
@RolesAllowed(Role.MANAGER_ROLE)
public class TeamProgressView extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneId.systemDefault());

    private final TrainingService training;
    private final Account account;
    private final Div table = new Div();

    TeamProgressView(TrainingService training, CurrentAccount currentAccount) {
        this.training = training;
        this.account = currentAccount.require();
        PageHeader.add(this, "Team training progress",
                "Which modules each member of your team has completed. You see progress only: "
                + "never their journal, reflections or knowledge-check answers.");
        if (account.managedTeams().isEmpty()) {
            add(Texts.empty("You do not manage a team yet. An administrator can add you as a team's manager."));
            return;
        }
        Select<Account.TeamMembership> team = new Select<>();
        team.setLabel("Team");
        team.setItems(account.managedTeams());
        team.setItemLabelGenerator(Account.TeamMembership::teamName);
        team.addValueChangeListener(e -> show(e.getValue()));
        add(team, table);
        team.setValue(account.managedTeams().getFirst());
    }

    private void show(Account.TeamMembership team) {
        table.removeAll();
        TeamProgress progress = training.teamProgress(account, team.teamId());
        if (progress.rows().isEmpty()) {
            table.add(Texts.empty("This team has no members yet."));
            return;
        }
        Grid<TeamProgress.Member> grid = new Grid<>();
        grid.addColumn(TeamProgress.Member::displayName).setHeader("Team member").setFrozen(true).setAutoWidth(true);
        for (TrainingModule module : progress.modules()) {
            grid.addColumn(m -> m.cells().get(module.key()).describe(DATE)).setHeader(module.title()).setAutoWidth(true);
        }
        grid.setItems(progress.rows());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Training progress of " + progress.teamName());
        long completed = progress.rows().stream().flatMap(r -> r.cells().values().stream()).filter(c -> c.completedAt() != null).count();
        table.add(new Paragraph(progress.rows().size() + " members · " + completed + " module completions in total."), grid);
    }
}
