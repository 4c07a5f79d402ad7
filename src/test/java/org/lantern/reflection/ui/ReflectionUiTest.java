package org.lantern.reflection.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.ui.NotAllowedView;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.lantern.reflection.FeedbackFixtures;
import org.lantern.reflection.Sessions;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.selfreview.ui.SelfReviewsView;
import org.lantern.selfreview.ui.TeamRatingsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@Transactional
class ReflectionUiTest extends KaribuTest {

    @Autowired
    Sessions sessions;

    private ReflectiveSession past() {
        return sessions.sessionsFor(account("staff")).stream().filter(s -> s.started(sessions.clock().instant())).findFirst().orElseThrow();
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
        assertThat(_get(H1.class).getText()).isEqualTo("Who is here");
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
    void selfReviewPagesFollowTheAccessRules() {
        signIn("staff");
        assertThat(open("self-review")).isInstanceOf(SelfReviewsView.class);
        assertThat(open("reports/self-review")).isInstanceOf(NotAllowedView.class);
        signIn("evaluator");
        assertThat(open("reports/self-review")).isInstanceOf(TeamRatingsView.class);
        assertThat(open("self-review")).isInstanceOf(NotAllowedView.class);
    }

    // --- feedback ----------------------------------------------------------------------------------

    @Autowired
    PeopleService people;

    private List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private List<String> listItems() {
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }

    private List<String> subheadings() {
        return _find(H3.class).stream().map(H3::getText).toList();
    }

    @Test
    void theManagerSeesTheDemoSessionsFrozenTotalsWithHowManyGaveEachRating() {
        signIn("manager");
        open("sessions/" + past().id());
        assertThat(headings()).contains("Feedback");
        assertThat(paragraphs()).contains("Feedback closed on " + SessionLinks.when(past().feedbackClosesAt())
                + ". 5 people answered. These totals will not change.", "Average usefulness: 4.2 out of 5.");
        assertThat(subheadings()).contains("How useful people found it", "What people will take away");
        assertThat(listItems()).contains("5 Very useful: 2 people", "4: 2 people", "3: 1 person", "1 Not useful: 0 people",
                "Ask the person first.");
        assertThat(_find(Button.class, spec -> spec.withText("Send feedback"))).as("managers do not answer").isEmpty();
    }

    @Test
    void whileFeedbackIsOpenTheManagerSeesNoCountAtAll() {
        TestTeams.TestTeam team = TestTeams.create(people, "ui-open", 6);
        ReflectiveSession s = FeedbackFixtures.openSession(sessions, people, team, 5, 4, 3, 2, 1);
        signIn(team.manager());
        open("sessions/" + s.id());
        assertThat(paragraphs()).contains("Feedback is anonymous. People who attended can give it from the start of the session until "
                + SessionLinks.when(s.feedbackClosesAt()) + ". Nothing is shown before then, not even how many people have answered. "
                + "After that you see the totals, once, if at least 5 people answered.");
        assertThat(paragraphs().stream().map(p -> p.replace("if at least 5 people answered", "")))
                .as("no count of answers so far").noneMatch(p -> p.matches(".*\\d+ (people|person|answers?|responses?)\\b.*"))
                .noneMatch(p -> p.startsWith("Average"));
        assertThat(subheadings()).doesNotContain("What people will take away");
    }

    @Test
    void afterItClosesFewerThanFiveAnswersShowNothing() {
        TestTeams.TestTeam team = TestTeams.create(people, "ui-few", 6);
        ReflectiveSession s = FeedbackFixtures.closedSession(sessions, people, team, new int[]{1, 3, 4, 5}, "a", "b", "c", "d");
        signIn(team.manager());
        open("sessions/" + s.id());
        assertThat(paragraphs()).contains("Feedback is not shown because fewer than 5 people answered.");
        assertThat(paragraphs()).noneMatch(p -> p.startsWith("Average") || p.contains("people answered. "));
        assertThat(listItems()).doesNotContain("a", "b", "c", "d");
    }

    @Test
    void whenEveryoneGaveTheSameRatingTheManagerIsToldWhyRatingsAreHidden() {
        TestTeams.TestTeam team = TestTeams.create(people, "ui-same", 5);
        ReflectiveSession s = FeedbackFixtures.closedSession(sessions, people, team, new int[]{4, 4, 4, 4, 4},
                "Slow down", "Ask first", "Write it down", "Involve carers", "Name the benefits");
        signIn(team.manager());
        open("sessions/" + s.id());
        assertThat(paragraphs()).contains("Ratings are not shown because everyone gave the same rating: "
                + "showing it would show each person's rating.");
        assertThat(paragraphs()).noneMatch(p -> p.startsWith("Average"));
        assertThat(subheadings()).doesNotContain("How useful people found it").contains("What people will take away");
        assertThat(listItems()).contains("Slow down", "Ask first", "Write it down", "Involve carers", "Name the benefits");
    }

    @Test
    void takeawaysWrittenByFewerThanFivePeopleAreNotShown() {
        TestTeams.TestTeam team = TestTeams.create(people, "ui-words", 5);
        ReflectiveSession s = FeedbackFixtures.closedSession(sessions, people, team, new int[]{2, 3, 4, 5, 5}, "Mine", "", "Ours");
        signIn(team.manager());
        open("sessions/" + s.id());
        assertThat(paragraphs()).contains("Average usefulness: 3.8 out of 5.",
                "Take-aways are not shown because fewer than 5 people wrote one.");
        assertThat(listItems()).doesNotContain("Mine", "Ours");
    }

    @Test
    void attendeesSeeWhenFeedbackClosesAndAnswerWhileItIsOpen() {
        TestTeams.TestTeam team = TestTeams.create(people, "ui-give", 2);
        ReflectiveSession s = FeedbackFixtures.openSession(sessions, people, team, 4);
        signIn(team.staff().get(1));
        open("sessions/" + s.id());
        assertThat(paragraphs()).contains("Feedback closes on " + SessionLinks.when(s.feedbackClosesAt()) + ". It is anonymous: "
                + "nobody sees your answer. After feedback closes, your manager sees the totals, and only if at least 5 people answered.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> useful = _get(RadioButtonGroup.class, spec -> spec.withLabel("How useful was the session?"));
        useful.setValue(3);
        _get(Button.class, spec -> spec.withText("Send feedback")).click();
        assertThat(paragraphs()).contains("Thank you for your feedback.");
    }

    @Test
    void anAttendeeWhoDidNotAnswerBeforeItClosedIsToldItHasClosed() {
        TestTeams.TestTeam team = TestTeams.create(people, "ui-late", 6);
        ReflectiveSession s = FeedbackFixtures.closedSession(sessions, people, team, new int[]{1, 2, 3, 4, 5});
        signIn(team.staff().get(5));
        open("sessions/" + s.id());
        assertThat(headings()).contains("Quick feedback");
        assertThat(paragraphs()).contains("Feedback on this session closed on " + SessionLinks.when(s.feedbackClosesAt()) + ".");
        assertThat(_find(Button.class, spec -> spec.withText("Send feedback"))).isEmpty();
        assertThat(headings()).doesNotContain("Feedback");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
