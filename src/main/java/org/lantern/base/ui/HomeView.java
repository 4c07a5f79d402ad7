package org.lantern.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;

import java.util.List;
import java.util.stream.Collectors;

/** The signed-in home page: what each area the person can use is for, and what will appear there. */
@Route("")
@PageTitle("Home | Lantern")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Div {

    HomeView(CurrentAccount currentAccount, HomeAreas areas, List<HomeWidget> widgets) {
        addClassName("lantern-page");
        Account account = currentAccount.require();
        add(new H1("Hello, " + account.displayName()));
        add(createRoleSummary(account));
        Div grid = new Div();
        grid.addClassName("lantern-cards");
        for (HomeAreas.Area area : areas.forRoles(account.roles())) {
            grid.add(createAreaCard(area, account, widgets));
        }
        add(grid);
    }

    private Component createRoleSummary(Account account) {
        String roles = account.roles().stream().map(Role::label).map(String::toLowerCase)
                .collect(Collectors.joining(", "));
        String teams = account.teams().isEmpty() ? "You are not in a team yet."
                : "Your teams: " + account.teams().stream().map(Account.TeamMembership::teamName)
                .collect(Collectors.joining(", ")) + ".";
        Paragraph summary = Texts.lead("You are signed in as " + roles + ". " + teams);
        return summary;
    }

    private Component createAreaCard(HomeAreas.Area area, Account account, List<HomeWidget> widgets) {
        Section card = new Section();
        card.addClassName("lantern-card");
        H2 title = new H2(area.title());
        card.add(title, new Paragraph(area.summary()));
        List<Component> filled = widgets.stream().filter(w -> w.area().equals(area.key())).map(w -> {
            HomeCard part = new HomeCard();
            w.fill(part, account);
            return part;
        }).filter(part -> !part.isEmpty()).map(HomeCard::component).toList();
        if (filled.isEmpty()) {
            if (!area.empty().isEmpty()) {
                card.add(Texts.empty(area.empty()));
            }
        } else {
            filled.forEach(card::add);
        }
        return card;
    }
}
