package org.lantern.surveys.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.WideTable;
import org.lantern.base.ReportingProperties;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.surveys.Programme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseRates;
import org.lantern.base.ui.PageHeader;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Managers see how many of their team have answered each survey wave, and who has not yet, so
 * they can send a reminder. Never what anyone answered.
 */
@Route("reports/responses")
@PageTitle("Survey responses | Lantern")
@Menu(title = "Survey responses", order = 510, icon = "vaadin:clipboard-user")
@RolesAllowed(Role.MANAGER_ROLE)
public class TeamResponsesView extends Div {

    TeamResponsesView(Programmes programmeService, ResponseRates responseRates, ReportingProperties reporting, CurrentAccount currentAccount,
                      Clock clock) {
        Account manager = currentAccount.require();
        PageHeader.add(this, "Survey responses",
                "How many of your team have answered each survey. You can see who has not answered yet, to "
                + "send a reminder, but never what anyone answered.");
        add(Texts.meta("In a team of " + reporting.suppressedLabel() + " people, the counts are hidden in every "
                + "report, for you and everyone else. The names below are still shown, to you only, so you can remind people."));
        Set<Long> managed = manager.managedTeams().stream().map(Account.TeamMembership::teamId).collect(Collectors.toSet());
        List<Programme> programmes = programmeService.programmes().stream()
                .filter(p -> !p.archived() && p.teams().stream().anyMatch(t -> managed.contains(t.id()))).toList();
        if (programmes.isEmpty()) {
            add(Texts.empty("None of your teams is in a survey programme yet."));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (Programme p : programmes) {
            add(new H2(p.title()), WideTable.of(ResponseRatesGrid.of(responseRates.responseRates(manager, p.key()), reporting.suppressedLabel())));
            for (Programme.Wave wave : p.waves()) {
                if (!wave.isOpen(today)) {
                    continue;
                }
                for (Programme.TeamRef team : p.teams()) {
                    if (!managed.contains(team.id())) {
                        continue;
                    }
                    List<String> waiting = responseRates.notYetResponded(manager, p.key(), wave.key(), team.id());
                    add(new H3(team.name() + ": not yet answered the " + SurveyLinks.waveLabel(wave.key()).toLowerCase()
                            + " survey (open until " + SurveyLinks.date(wave.closes()) + ")"));
                    if (waiting.isEmpty()) {
                        add(new Paragraph("Everyone has answered."));
                    } else {
                        UnorderedList list = new UnorderedList();
                        waiting.forEach(name -> list.add(new ListItem(name)));
                        add(list);
                    }
                }
            }
        }
    }
}
