package org.lantern.training.ui;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.ui.NotAllowedView;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class TrainingUiTest extends KaribuTest {

    @Autowired
    PeopleService people;

    @Autowired
    TrainingService training;

    @Test
    void staffSeeTheCatalogueAndMarkALessonDone() {
        signIn("staff");
        assertThat(open("learn")).isInstanceOf(LearnView.class);
        assertThat(_find(com.vaadin.flow.component.html.H2.class)).hasSizeGreaterThanOrEqualTo(6);

        TrainingModule m = training.modules().get(3);
        open("learn/" + m.key() + "/lesson/" + m.lessons().getFirst().key());
        assertThat(_get(H1.class).getText()).isEqualTo(m.lessons().getFirst().title());
        _get(Button.class, spec -> spec.withText("Mark as done")).click();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("You have marked this lesson as done.");
        assertThat(training.progress(account("staff"), m.key()).orElseThrow().lessonsDone()).isEqualTo(1);

        open("learn");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getText()))
                .anySatisfy(t -> assertThat(t).startsWith(m.lessons().get(1).title()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKnowledgeCheckShowsTheScoreAndExplanations() {
        signIn("staff");
        TrainingModule m = training.modules().getFirst();
        open("learn/" + m.key() + "/check");
        _get(Button.class, spec -> spec.withText("Check my answers")).click();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("lantern-error")).getFirst().getText())
                .startsWith("Answer every question");
        var draw = training.drawCheck(account("staff"), m.key());
        assertThat(_find(RadioButtonGroup.class).size() + _find(CheckboxGroup.class).size()).isEqualTo(draw.questions().size());
        for (TrainingModule.Question q : draw.asked()) {
            String label = (draw.asked().indexOf(q) + 1) + ". " + q.text();
            if (q.type() == TrainingModule.QuestionType.MULTIPLE) {
                _get(CheckboxGroup.class, spec -> spec.withLabel(label)).setValue(q.correctOptions());
            } else {
                _get(RadioButtonGroup.class, spec -> spec.withLabel(label)).setValue(q.correctOptions().iterator().next());
            }
        }
        _get(Button.class, spec -> spec.withText("Check my answers")).click();
        assertThat(_get(H1.class).getText()).isEqualTo("Your result: 100%");
        String firstExplanation = draw.asked().getFirst().options().getFirst().explanation();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains(firstExplanation);
    }

    @Test
    void onlyManagersSeeTeamProgressAndNeverOtherTeams() {
        signIn("manager");
        assertThat(open("reports/training")).isInstanceOf(TeamProgressView.class);
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).hasSize(1);
        signIn("staff");
        assertThat(open("reports/training")).isInstanceOf(NotAllowedView.class);
    }

    @Test
    void anUnknownModuleIsNotFound() {
        signIn("staff");
        open("learn/no-such-module");
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
