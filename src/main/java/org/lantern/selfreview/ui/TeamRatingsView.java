package org.lantern.selfreview.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.people.CurrentAccount;
import org.lantern.people.Role;
import org.lantern.selfreview.SelfReview;
import org.lantern.selfreview.SelfReviewFramework;
import org.lantern.selfreview.SelfReviewService;

import java.util.List;

/** Evaluators see each team's latest finalised self-review ratings: team figures only, no contributions. */
@Route("reports/self-review")
@PageTitle("Team self-review ratings | Lantern")
@Menu(title = "Self-review ratings", order = 520, icon = "vaadin:chart")
@RolesAllowed({Role.EVALUATOR_ROLE, Role.ADMIN_ROLE})
public class TeamRatingsView extends Div {

    TeamRatingsView(SelfReviewService reviews, CurrentAccount currentAccount) {
        addClassName("lantern-page");
        add(new H1("Team self-review ratings"));
        add(new Paragraph("Each team's latest finalised recovery self-review, to read alongside survey results. "
                + "These are the team's agreed ratings; who contributed what is never shown."));
        List<SelfReview> latest = reviews.latestTeamRatings(currentAccount.require().username());
        if (latest.isEmpty()) {
            Paragraph p = new Paragraph("No team has finalised a self-review yet.");
            p.addClassName("lantern-empty");
            add(p);
            return;
        }
        SelfReviewFramework f = reviews.framework();
        Grid<SelfReviewFramework.Indicator> grid = new Grid<>();
        grid.addColumn(i -> i.number() + ". " + i.title()).setHeader("Indicator").setFlexGrow(3).setFrozen(true);
        for (SelfReview r : latest) {
            grid.addColumn(i -> SelfReviewsView.label(f, r, i.key())).setHeader(r.teamName() + " (" + SelfReviewsView.DAY.format(r.finalisedAt()) + ")");
        }
        grid.setItems(f.indicators());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Latest self-review ratings by team");
        add(grid);
    }
}
