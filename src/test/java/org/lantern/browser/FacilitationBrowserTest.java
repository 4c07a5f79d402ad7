package org.lantern.browser;

import org.lantern.base.security.Account;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.NewSession;
import org.lantern.reflection.Sessions;
import org.lantern.reflection.SessionDetail;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: facilitation mode records who is here and the agreed actions without leaving it (typing
 * an action's words does not move the slides), and its last step's button finishes on the session page.
 */
class FacilitationBrowserTest extends BrowserTest {

    @Autowired
    PeopleService people;
    @Autowired
    Sessions reflection;

    private TestTeams.TestTeam team;
    private long session;

    @BeforeAll
    void sessionToFacilitate() {
        team = TestTeams.create(people, "facilitate", 2);
        session = reflection.plan(account(team.manager()), new NewSession(team.id(), LocalDateTime.now().minusMinutes(5), 60,
                FocusType.TOPIC, "Handovers at night", "what-so-what-now-what", "")).id();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void attendanceAndActionsAreRecordedInFacilitationMode() {
        signIn(team.manager(), "demo");
        page.waitForURL(u -> !u.contains("login"));
        page.navigate(url("sessions/" + session + "/facilitate"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Ground rules"))).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Next")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Who is here"))).isVisible();
        page.getByRole(AriaRole.CHECKBOX, named("facilitate Staff 1")).check();
        page.getByRole(AriaRole.BUTTON, named("Save attendance")).click();
        assertThat(page.getByText("Attendance saved.")).isVisible();

        while (page.getByRole(AriaRole.BUTTON, named("Finish")).count() == 0) {
            page.getByRole(AriaRole.BUTTON, named("Next")).click();
            settle();
        }
        assertThat(page.getByRole(AriaRole.HEADING, named("Agree actions"))).isVisible();
        page.getByLabel("New action").click();
        // letters and arrow keys typed here are words, not slide controls
        page.keyboard().type("Try the night handover sheet");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowRight");
        page.getByRole(AriaRole.BUTTON, named("Add action")).click();
        assertThat(page.getByText("Try the night handover sheet", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Agree actions"))).isVisible();

        page.getByRole(AriaRole.BUTTON, named("Finish")).click();
        page.waitForURL(u -> u.endsWith("/sessions/" + session));
        assertThat(page.getByRole(AriaRole.HEADING, named("Attendance"))).isVisible();

        SessionDetail detail = reflection.detail(account(team.manager()), session);
        assertThat(detail.actions()).extracting(a -> a.description()).containsExactly("Try the night handover sheet");
        assertThat(detail.team()).filteredOn(SessionDetail.Attendee::present).extracting(SessionDetail.Attendee::name)
                .containsExactly("facilitate Staff 1");
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
