package org.lantern.selfreview.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.selfreview.SelfReview;
import org.lantern.selfreview.SelfReviewException;
import org.lantern.selfreview.SelfReviewFramework;
import org.lantern.selfreview.SelfReviewService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A team's recovery self-reviews, how ratings changed between them, and starting a new one. */
@Route("self-review")
@PageTitle("Recovery self-review | Lantern")
@Menu(title = "Recovery self-review", order = 420, icon = "vaadin:check-square-o")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE})
public class SelfReviewsView extends Div {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneId.systemDefault());

    private final SelfReviewService reviews;
    private final Account account;
    private final Select<Account.TeamMembership> team = new Select<>();
    private final Div content = new Div();

    SelfReviewsView(SelfReviewService reviews, CurrentAccount currentAccount) {
        this.reviews = reviews;
        this.account = currentAccount.require();
        addClassName("lantern-page");
        SelfReviewFramework framework = reviews.framework();
        add(new H1(framework.title()), new Paragraph(framework.intro()));
        if (account.teams().isEmpty()) {
            add(Texts.empty("You are not in a team yet."));
            return;
        }
        team.setLabel("Team");
        team.setItems(account.teams());
        team.setItemLabelGenerator(Account.TeamMembership::teamName);
        team.addValueChangeListener(e -> show());
        add(team, content);
        team.setValue(account.teams().getFirst());
    }

    private void show() {
        content.removeAll();
        long teamId = team.getValue().teamId();
        List<SelfReview> list = reviews.reviews(account, teamId);
        if (team.getValue().manager() && list.stream().noneMatch(r -> !r.finalised())) {
            Button start = new Button("Start a new self-review", e -> {
                try {
                    SelfReview created = reviews.start(account, teamId, null);
                    getUI().ifPresent(ui -> ui.navigate("self-review/" + created.id()));
                } catch (SelfReviewException ex) {
                    content.add(new Paragraph(ex.getMessage()));
                }
            });
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(start);
        }
        if (list.isEmpty()) {
            content.add(Texts.empty("No self-review yet. The team's manager can start one; then everyone can add evidence."));
            return;
        }
        UnorderedList items = new UnorderedList();
        for (SelfReview r : list) {
            items.add(new ListItem(new Anchor("self-review/" + r.id(), r.title()), new com.vaadin.flow.component.html.Span(
                    r.finalised() ? " · finalised " + DAY.format(r.finalisedAt()) : " · in progress, started " + DAY.format(r.startedAt()))));
        }
        content.add(new H2("Reviews"), items);
        List<SelfReview> finalised = reviews.finalisedReviews(account, teamId);
        if (!finalised.isEmpty()) {
            List<SelfReview> pair = ChangeChart.lastTwo(finalised);
            SelfReview latest = pair.getLast();
            SelfReview earlier = pair.size() == 2 ? pair.getFirst() : null;
            content.add(new H2(earlier == null ? "Ratings" : "Change between reviews"));
            content.add(new Html("<div class=\"lantern-chart-box\">" + ChangeChart.svg(reviews.framework(), earlier, latest) + "</div>"));
            content.add(table(reviews.framework(), earlier, latest));
        }
    }

    private Grid<SelfReviewFramework.Indicator> table(SelfReviewFramework f, SelfReview earlier, SelfReview latest) {
        Grid<SelfReviewFramework.Indicator> grid = new Grid<>();
        grid.addColumn(i -> i.number() + ". " + i.title()).setHeader("Indicator").setFlexGrow(3);
        if (earlier != null) {
            grid.addColumn(i -> label(f, earlier, i.key())).setHeader(earlier.title());
        }
        grid.addColumn(i -> label(f, latest, i.key())).setHeader(latest.title());
        grid.setItems(f.indicators());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Ratings per indicator");
        return grid;
    }

    static String label(SelfReviewFramework f, SelfReview review, String key) {
        SelfReview.Rating r = review.ratings().get(key);
        return label(f, r == null ? null : r.rating());
    }

    static String label(SelfReviewFramework f, Integer rating) {
        if (rating == null) {
            return "Not rated";
        }
        return rating + " " + f.level(rating).map(SelfReviewFramework.Level::label).orElse("");
    }
}
