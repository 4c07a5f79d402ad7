package org.lantern.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.base.ui.NotAllowedView;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.people.Team;
import org.lantern.training.Compliance;
import org.lantern.training.Requirement;
import org.lantern.training.RequiredModule;
import org.lantern.training.RequiredModules;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class RequiredLearningUiTest extends KaribuTest {

    @Autowired
    PeopleService people;
    @Autowired
    TrainingService training;
    @Autowired
    RequiredModules required;
    @Autowired
    Compliance compliance;
    @Autowired
    Clock clock;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Account person(String name, Set<Role> roles, Set<Long> teams, Set<Long> manages) {
        return people.createAccount(new NewAccount(name.toLowerCase().replace(' ', '.') + "." + run, name, "a long enough password",
                roles, teams, manages));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerAssignsAModuleToTheirTeamAndABadDateIsRefusedWithAMessage() {
        Team team = people.createTeam("Assign team " + run, "Community services");
        Account manager = person("Mo Manager", Set.of(Role.MANAGER), Set.of(), Set.of(team.id()));
        Account staff = person("Sol Staff", Set.of(Role.STAFF), Set.of(team.id()), Set.of());
        TrainingModule risk = training.module("positive-risk-taking").orElseThrow();
        LocalDate due = LocalDate.now(clock).plusDays(45);

        signIn(manager.username());
        assertThat(open("learn/required")).isInstanceOf(RequiredLearningView.class);
        _get(Button.class, spec -> spec.withText("Assign a module")).click();
        _get(Select.class, spec -> spec.withLabel("Module")).setValue(risk);
        MultiSelectComboBox<Team> teams = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Teams"));
        assertThat(teams.getListDataView().getItems().map(Team::id)).containsExactly(team.id());
        teams.setValue(Set.of(teams.getListDataView().getItem(0)));
        DatePicker date = _get(DatePicker.class, spec -> spec.withLabel("Due by"));
        date.setValue(LocalDate.now(clock).minusDays(1));
        _get(Button.class, spec -> spec.withText("Save")).click();
        assertThat(_get(Div.class, spec -> spec.withClasses("lantern-error")).getText())
                .isEqualTo("The due date is in the past: choose today or a later date.");
        assertThat(required.assignments(manager, true)).isEmpty();

        date.setValue(due);
        _get(Button.class, spec -> spec.withText("Save")).click();
        assertThat(required.assignments(manager, false)).singleElement().satisfies(a -> {
            assertThat(a.moduleKey()).isEqualTo(risk.key());
            assertThat(a.dueOn()).isEqualTo(due);
        });
        Grid<RequiredModule> grid = grid("Required modules");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Positive risk-taking", "Members of " + team.name(),
                Requirement.DATE.format(due), "Mo Manager");
        assertThat(compliance.requiredOf(staff)).extracting(Requirement::moduleKey).containsExactly(risk.key());

        GridKt._getCellComponent(grid, 0, "actions").getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals("Withdraw")).findFirst().orElseThrow().click();
        assertThat(compliance.requiredOf(staff)).isEmpty();
        assertThat(grid("Withdrawn requirements")).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffSeeItFirstOnTheirHomePageAndManagersSeeTheirTeamsCompliance() {
        Team team = people.createTeam("Compliance team " + run, "Community services");
        Account manager = person("Kim Manager", Set.of(Role.MANAGER), Set.of(), Set.of(team.id()));
        Account staff = person("Lee Staff", Set.of(Role.STAFF), Set.of(team.id()), Set.of());
        LocalDate due = LocalDate.now(clock).plusDays(10);
        required.assign(manager, new RequiredModule.Request("positive-risk-taking", due, Set.of(team.id()), Set.of()));

        signIn(staff.username());
        open("");
        Anchor first = _find(Anchor.class, spec -> spec.withClasses("lantern-required")).getFirst();
        assertThat(first.getText()).isEqualTo("Required: Positive risk-taking, due soon, by " + Requirement.DATE.format(due));
        assertThat(first.getHref()).isEqualTo("learn/positive-risk-taking");
        open("learn/positive-risk-taking");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("lantern-required")))
                .singleElement().satisfies(p -> assertThat(p.getText())
                        .isEqualTo("Required of you. Due soon: by " + Requirement.DATE.format(due) + "."));
        assertThat(open("reports/required-learning")).isInstanceOf(NotAllowedView.class);

        signIn(manager.username());
        assertThat(open("reports/required-learning")).isInstanceOf(ComplianceView.class);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Positive risk-taking: 0 done, 2 due soon, 0 overdue, 0 not due yet");
        Grid<?> grid = grid("Required learning of " + team.name());
        assertThat(GridKt._getFormattedRow(grid, 1)).containsExactly("Lee Staff", "Due soon: by " + Requirement.DATE.format(due));
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Download as CSV");
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String label) {
        return _find(Grid.class).stream().filter(g -> g.getAriaLabel().orElse("").equals(label)).findFirst().orElseThrow();
    }
}
