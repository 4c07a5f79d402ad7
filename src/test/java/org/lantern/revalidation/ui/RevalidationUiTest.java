package org.lantern.revalidation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.security.Account;
import org.lantern.base.ui.NotFoundView;
import org.lantern.journal.JournalEntry;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.journal.ui.JournalView;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.NewSession;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.reflection.Sessions;
import org.lantern.revalidation.CodeTheme;
import org.lantern.revalidation.CpdRecord;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RevalidationUiTest extends KaribuTest {

    @Autowired
    PeopleService people;
    @Autowired
    JournalService journal;
    @Autowired
    Sessions sessions;

    @Test
    void aJournalEntryTurnsIntoAReflectiveAccountThatIsSavedAndDownloaded() {
        TestTeams.TestTeam team = TestTeams.create(people, "ui-account", 1);
        Account owner = account(team.staff().getFirst());
        JournalEntry entry = journal.add(owner, "A slower cup of tea", "Doing things with people takes longer.", "",
                JournalSource.free());
        signIn(owner.username());
        open("journal");
        Anchor turn = _get(Anchor.class, spec -> spec.withText("Turn into a reflective account"));
        assertThat(turn.getHref()).isEqualTo("journal/reflective-account/" + entry.id());

        assertThat(open(turn.getHref())).isInstanceOf(ReflectiveAccountView.class);
        assertThat(texts()).contains(ReflectiveAccountView.WARNING);
        assertThat(area("What you learned from it").getValue()).isEqualTo("Doing things with people takes longer.");
        assertThat(area("The activity or experience").getValue()).contains("A slower cup of tea");
        assertThat(_find(Anchor.class, spec -> spec.withText("Download PDF"))).as("not saved yet").isEmpty();

        _setValue(area("How you changed or improved your practice as a result"), "I ask Mr Jones at 34 Elm Street first.");
        @SuppressWarnings("unchecked")
        Select<CodeTheme> theme = _get(Select.class, spec -> spec.withLabel("Theme of the Code"));
        _setValue(theme, CodeTheme.PRIORITISE_PEOPLE);
        _click(_get(Button.class, spec -> spec.withText("Save reflective account")));

        List<JournalEntry> entries = journal.entries(owner);
        assertThat(entries).hasSize(2);
        JournalEntry saved = entries.stream().filter(JournalEntry::isReflectiveAccount).findFirst().orElseThrow();
        assertThat(saved.body()).contains("Theme of the Code: Prioritise people", "I ask Mr Jones");
        assertThat(_get(Anchor.class, spec -> spec.withText("Download PDF")).isVisible()).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("Download as Markdown")).isVisible()).isTrue();
        assertThat(warnings()).anyMatch(w -> w.startsWith("Address")).anyMatch(w -> w.startsWith("Name"));

        open("journal");
        assertThat(_find(Anchor.class, spec -> spec.withText("Open as a reflective account"))).singleElement()
                .extracting(Anchor::getHref).isEqualTo("journal/reflective-account/" + saved.id());
    }

    @Test
    void nobodyElseCanOpenSomeonesEntryAsAnAccount() {
        TestTeams.TestTeam team = TestTeams.create(people, "ui-private", 1);
        JournalEntry entry = journal.add(account(team.staff().getFirst()), "Mine", "Only mine.", "", JournalSource.free());
        signIn(team.manager());
        assertThat(open("journal/reflective-account/" + entry.id())).isInstanceOf(NotFoundView.class);
        assertThat(_find(TextArea.class)).isEmpty();
    }

    @Test
    void theCpdRecordListsSessionsAttended() {
        TestTeams.TestTeam team = TestTeams.create(people, "ui-cpd", 1);
        Account owner = account(team.staff().getFirst());
        ReflectiveSession session = sessions.plan(account(team.manager()), new NewSession(team.id(),
                LocalDateTime.now().minusDays(2), 60, FocusType.TOPIC, "Talking about risk", "gibbs", ""));
        sessions.recordAttendance(account(team.manager()), session.id(), Set.of(owner.id()));
        signIn(owner.username());
        open("journal");
        assertThat(open(_get(Anchor.class, spec -> spec.withText("My CPD record")).getHref())).isInstanceOf(CpdRecordView.class);

        assertThat(texts()).contains("You have not completed a module yet. A module counts once you have done every lesson "
                + "and passed its knowledge check.", "Total: 1 hour.");
        @SuppressWarnings("unchecked")
        Grid<CpdRecord.Session> grid = _get(Grid.class);
        assertThat(grid.getGenericDataView().getItems().toList()).singleElement()
                .extracting(CpdRecord.Session::focus).isEqualTo("Talking about risk");
        assertThat(_find(Anchor.class, spec -> spec.withText("Download CSV"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Download PDF"))).hasSize(1);

        signIn(team.manager());
        open("journal");
        open("journal/cpd");
        assertThat(_find(Grid.class)).as("the manager's own record has no sessions attended").isEmpty();
    }

    private static TextArea area(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    private static List<String> texts() {
        return _find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .map(com.vaadin.flow.component.html.Paragraph::getText).toList();
    }

    private static List<String> warnings() {
        return _get(Div.class, spec -> spec.withClasses("lantern-warning")).getChildren()
                .filter(Div.class::isInstance).map(c -> ((Div) c).getText()).toList();
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
