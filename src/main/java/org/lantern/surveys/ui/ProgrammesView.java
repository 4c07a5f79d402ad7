package org.lantern.surveys.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.security.CurrentAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.people.Team;
import org.lantern.surveys.Programme;
import org.lantern.surveys.SurveyException;
import org.lantern.surveys.Programmes;
import org.lantern.base.ui.PageHeader;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Evaluators list and create programmes. */
@Route("programmes")
@PageTitle("Programmes | Lantern")
@Menu(title = "Programmes", order = 310, icon = "vaadin:calendar-clock")
@RolesAllowed({Role.EVALUATOR_ROLE, Role.ADMIN_ROLE})
public class ProgrammesView extends Div {

    private final Programmes programmes;
    private final PeopleService people;
    private final Clock clock;
    private final Account account;
    private final Grid<Programme> grid = new Grid<>();

    ProgrammesView(Programmes programmes, PeopleService people, CurrentAccount currentAccount, Clock clock) {
        this.clock = clock;
        this.programmes = programmes;
        this.people = people;
        this.account = currentAccount.require();
        PageHeader.add(this, "Programmes",
                "A programme asks the same survey of several teams before and after training. "
                + "Open one to see response rates or to import answers collected on paper.");
        Button create = new Button("New programme", e -> openForm());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(Programme::title).setHeader("Programme").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Programme::surveyKey).setHeader("Survey").setAutoWidth(true);
        grid.addColumn(p -> p.teams().stream().map(Programme.TeamRef::name).collect(Collectors.joining(", "))).setHeader("Teams");
        grid.addColumn(p -> p.waves().stream().map(w -> SurveyLinks.waveLabel(w.key()) + " (" + SurveyLinks.date(w.opens())
                + " to " + SurveyLinks.date(w.closes()) + ")").collect(Collectors.joining("; "))).setHeader("Waves");
        grid.addColumn(p -> p.archived() ? "Archived on " + SurveyLinks.date(p.archivedOn()) : "").setHeader("Archived")
                .setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SurveyLinks.programme(e.getItem().key()))));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Programmes. Select a row to open it.");
        add(create, grid);
        refresh();
    }

    private void openForm() {
        ProgrammeForm form = new ProgrammeForm(programmes.surveys(), people.allTeams().stream().map(Team::name).toList(),
                LocalDate.now(clock));
        form.addSaveListener(e -> {
            try {
                Programme created = programmes.createProgramme(account, e.programme);
                form.close();
                refresh();
                getUI().ifPresent(ui -> ui.navigate(SurveyLinks.programme(created.key())));
            } catch (SurveyException ex) {
                form.showError(ex.getMessage());
            }
        });
        form.open();
    }

    private void refresh() {
        grid.setItems(programmes.programmes());
    }
}
