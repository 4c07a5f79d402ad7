package org.lantern.reflection.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.ui.NotAllowedView;
import org.lantern.reflection.ActionPoint;
import org.lantern.reflection.ActionStatus;
import org.lantern.reflection.ReflectionService;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.selfreview.ui.SelfReviewsView;
import org.lantern.selfreview.ui.TeamRatingsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class ReflectionUiTest extends KaribuTest {

    @Autowired
    ReflectionService reflection;

    private ReflectiveSession past() {
        return reflection.sessionsFor("staff").stream().filter(s -> s.started(reflection.clock().instant())).findFirst().orElseThrow();
    }

    private java.util.List<String> headings() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    @Test
    void staffSeeTheirTeamsSessionWithGroundRulesNotesAndActions() {
        signIn("staff");
        assertThat(open("sessions")).isInstanceOf(SessionsView.class);
        open("sessions/" + past().id());
        assertThat(headings()).contains("Ground rules", "Open actions to review", "Focus", "Session notes", "Agreed actions", "Quick feedback");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Thank you for your feedback.");
    }

    @Test
    void anotherTeamCannotOpenTheSession() {
        signIn("ben.o");
        open("sessions/" + past().id());
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    @Test
    void theManagerStepsThroughFacilitationMode() {
        signIn("manager");
        assertThat(open("sessions/" + past().id() + "/facilitate")).isInstanceOf(FacilitationView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Ground rules");
        Button next = _get(Button.class, spec -> spec.withText("Next"));
        next.click();
        assertThat(_get(H1.class).getText()).isEqualTo("Actions from last time");
        next.click();
        next.click();
        assertThat(_get(H1.class).getText()).isEqualTo("What?");
        assertThat(_get(Button.class, spec -> spec.withText("Start timer")).isVisible()).isTrue();

        signIn("staff");
        assertThat(open("sessions/" + past().id() + "/facilitate")).isInstanceOf(NotAllowedView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffUpdateAnActionAndItsHistoryShowsWho() {
        signIn("staff");
        open("actions");
        Grid<ActionPoint> grid = _get(Grid.class);
        ActionPoint carers = GridKt._findAll(grid).stream().filter(a -> a.description().startsWith("Invite carers")).findFirst().orElseThrow();
        GridKt._clickItem(grid, GridKt._findAll(grid).indexOf(carers));
        ((Select<ActionStatus>) _get(Select.class, spec -> spec.withLabel("Status"))).setValue(ActionStatus.DONE);
        _get(TextArea.class, spec -> spec.withLabel("Update (needed when dropping an action: say why)")).setValue("Done at every review now");
        _get(Button.class, spec -> spec.withText("Save")).click();
        Grid<ActionPoint> after = _get(Grid.class);
        assertThat(GridKt._findAll(after).stream().filter(a -> a.id() == carers.id()).findFirst().orElseThrow().status())
                .isEqualTo(ActionStatus.DONE);
    }

    @Test
    void selfReviewPagesFollowTheAccessRules() {
        signIn("staff");
        assertThat(open("self-review")).isInstanceOf(SelfReviewsView.class);
        assertThat(open("reports/self-review")).isInstanceOf(NotAllowedView.class);
        signIn("evaluator");
        assertThat(open("reports/self-review")).isInstanceOf(TeamRatingsView.class);
        assertThat(open("self-review")).isInstanceOf(NotAllowedView.class);
    }
}
