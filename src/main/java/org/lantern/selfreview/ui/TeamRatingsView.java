package org.lantern.selfreview.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.ReportingProperties;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.selfreview.SelfReviewFramework;
import org.lantern.selfreview.SelfReviewService;
import org.lantern.selfreview.TeamRatings;
import org.lantern.base.ui.PageHeader;

import java.util.List;

/**
 * Evaluators see each team's latest finalised self-review ratings: team figures only, no
 * contributions, and nothing for teams too small for the team's rating to stay the team's.
 */
@Route("reports/self-review")
@PageTitle("Team self-review ratings | Lantern")
@Menu(title = "Self-review ratings", order = 520, icon = "vaadin:chart")
@RolesAllowed({Role.EVALUATOR_ROLE, Role.ADMIN_ROLE})
public class TeamRatingsView extends Div {

    TeamRatingsView(SelfReviewService reviews, ReportingProperties reporting, CurrentAccount currentAccount) {
        PageHeader.add(this, "Team self-review ratings",
                "Each team's latest finalised recovery self-review, to read alongside survey results. "
                + "These are the team's agreed ratings; who contributed what is never shown. A team's ratings are shown only "
                + "if it had at least " + reporting.minGroupSize() + " staff members when its review was finalised: in a smaller "
                + "team, the team's rating is close to one or two people's own view.");
        List<TeamRatings> latest = reviews.latestTeamRatings(currentAccount.require());
        if (latest.isEmpty()) {
            add(Texts.empty("No team has finalised a self-review yet."));
            return;
        }
        List<TeamRatings> shown = latest.stream().filter(TeamRatings::shown).toList();
        if (!shown.isEmpty()) {
            add(grid(reviews.framework(), shown));
        }
        List<TeamRatings> hidden = latest.stream().filter(t -> !t.shown()).toList();
        if (!hidden.isEmpty()) {
            UnorderedList list = new UnorderedList();
            hidden.forEach(t -> list.add(new ListItem(t.teamName() + " (finalised " + SelfReviewsView.DAY.format(t.finalisedAt())
                    + "): not shown: fewer than " + reporting.minGroupSize() + " team members")));
            add(new H2("Teams not shown"), list);
        }
    }

    private static Grid<SelfReviewFramework.Indicator> grid(SelfReviewFramework f, List<TeamRatings> teams) {
        Grid<SelfReviewFramework.Indicator> grid = new Grid<>();
        grid.addColumn(i -> i.number() + ". " + i.title()).setHeader("Indicator").setFlexGrow(3).setFrozen(true);
        for (TeamRatings t : teams) {
            grid.addColumn(i -> SelfReviewsView.label(f, t.ratings().get(i.key())))
                    .setHeader(t.teamName() + " (" + SelfReviewsView.DAY.format(t.finalisedAt()) + ")");
        }
        grid.setItems(f.indicators());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Latest self-review ratings by team");
        return grid;
    }
}
