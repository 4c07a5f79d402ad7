package org.lantern.stories;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.NewSession;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.reflection.Sessions;
import org.lantern.reflection.ui.FacilitationView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A manager facilitating a session on a shipped story sees the story's discussion questions on the story's slide. */
@Transactional
class StoryFacilitationUiTest extends KaribuTest {

    private static final String STORY = "a-the-bus-pass";

    @Autowired
    PeopleService people;
    @Autowired
    Sessions sessions;
    @Autowired
    StoryCatalogue catalogue;

    @Test
    void theStorySlideShowsItsDiscussionQuestionsAfterTheStory() {
        TestTeams.TestTeam team = TestTeams.create(people, "story-facilitate", 2);
        ReflectiveSession session = sessions.plan(people.findByUsername(team.manager()).orElseThrow(), new NewSession(team.id(),
                LocalDateTime.now().minusMinutes(5), 60, FocusType.STORY, STORY, "gibbs", ""));
        List<String> questions = catalogue.discussionQuestions(STORY);
        assertThat(questions).as("the shipped story has discussion questions").hasSizeBetween(3, 4);

        signIn(team.manager());
        assertThat(open("sessions/" + session.id() + "/facilitate")).isInstanceOf(FacilitationView.class);
        assertThat(html()).as("the ground rules slide shows no story").doesNotContain("Questions to discuss");
        Button next = _get(Button.class, spec -> spec.withText("Next"));
        for (int step = 0; step < 5 && !_get(H1.class).getText().equals(session.focusTitle()); step++) {
            next.click();
        }
        assertThat(_get(H1.class).getText()).isEqualTo("The bus pass");

        String slide = html();
        assertThat(slide).contains("bus pass", "<h2>Questions to discuss</h2>");
        assertThat(slide.indexOf("Questions to discuss")).as("questions follow the story").isGreaterThan(slide.indexOf("bus pass"));
        for (String question : questions) {
            assertThat(slide).contains("<li>" + question.replace("\"", "&quot;") + "</li>");
        }

        next.click();
        assertThat(html()).as("the model's first stage no longer shows the questions").doesNotContain("Questions to discuss");
    }

    private static String html() {
        return String.join("\n", _find(Html.class).stream().map(Html::getInnerHtml).toList());
    }
}
