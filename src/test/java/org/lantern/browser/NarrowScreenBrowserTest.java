package org.lantern.browser;

import org.lantern.base.security.Account;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.lantern.reflection.FeedbackFixtures;
import org.lantern.reflection.Sessions;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.selfreview.SelfReview;
import org.lantern.selfreview.SelfReviewFramework;
import org.lantern.selfreview.SelfReviewService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 320 px wide phone, the feedback parts of a session page (the manager's frozen totals, an
 * attendee's form) and the evaluators' self-review ratings with a team not shown keep all their
 * text on screen. Uses a team of its own so other tests' data is untouched.
 */
class NarrowScreenBrowserTest extends BrowserTest {

    /** Text-bearing elements of the page's own content whose right edge is past the screen (grids scroll inside themselves). */
    private static final String OFF_THE_EDGE = """
            () => [...document.querySelectorAll('.lantern-page :is(h1, h2, h3, p, li, a, label, vaadin-button, vaadin-radio-button)')]
                .filter(e => !e.closest('vaadin-grid') && e.getClientRects().length > 0
                        && e.getBoundingClientRect().right > window.innerWidth + 0.5)
                .map(e => e.tagName + ': ' + e.textContent.trim().slice(0, 60))
            """;

    @Autowired
    PeopleService people;
    @Autowired
    Sessions reflection;
    @Autowired
    SelfReviewService reviews;

    private TestTeams.TestTeam team;
    private ReflectiveSession open;

    @BeforeAll
    void smallTeam() {
        team = TestTeams.create(people, "narrow", 4);
        open = FeedbackFixtures.openSession(reflection, people, team, 4);
        SelfReview review = reviews.start(account(team.manager()), team.id(), "Narrow review");
        for (SelfReviewFramework.Indicator i : reviews.framework().indicators()) {
            reviews.rate(account(team.manager()), review.id(), i.key(), 3, "", "");
        }
        reviews.finalise(account(team.manager()), review.id());
    }

    private void phone() {
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 640));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    private List<?> offTheEdge() {
        settle();
        return (List<?>) page.evaluate(OFF_THE_EDGE);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void feedbackAndTeamRatingsFitA320PixelScreen() {
        phone();
        signIn("manager", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Morgan Manager"))).isVisible();
        long past = reflection.sessionsFor(account("manager")).stream().filter(s -> s.started(reflection.clock().instant()))
                .findFirst().orElseThrow().id();
        page.navigate(url("sessions/" + past));
        assertThat(page.getByRole(AriaRole.HEADING, named("What people will take away"))).isVisible();
        assertThat(offTheEdge()).as("manager's feedback totals").isEmpty();

        phone();
        signIn(team.staff().get(1), "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, narrow Staff 2"))).isVisible();
        page.navigate(url("sessions/" + open.id()));
        assertThat(page.getByRole(AriaRole.BUTTON, named("Send feedback"))).isVisible();
        assertThat(offTheEdge()).as("attendee's feedback form").isEmpty();

        phone();
        signIn("evaluator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Evan Evaluator"))).isVisible();
        page.navigate(url("reports/self-review"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Teams not shown"))).isVisible();
        assertThat(page.getByText("narrow team (finalised", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(offTheEdge()).as("self-review ratings").isEmpty();
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
