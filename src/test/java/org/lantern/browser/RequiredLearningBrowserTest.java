package org.lantern.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.lantern.training.Requirement;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager assigns a module to their team with a due date; a staff member of that team sees it as
 * required first on their home page, at 1280 and at 320 pixels wide without scrolling sideways; the
 * manager's compliance page lists them as not done. Uses a team of its own.
 */
class RequiredLearningBrowserTest extends BrowserTest {

    @Autowired
    PeopleService people;
    @Autowired
    Clock clock;

    private TestTeams.TestTeam team;

    @BeforeAll
    void smallTeam() {
        team = TestTeams.create(people, "required", 2);
    }

    private boolean scrollsSideways() {
        settle();
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 0.5");
    }

    @Test
    void aManagerAssignsAModuleAndTheirStaffSeeItAsRequired() {
        LocalDate due = LocalDate.now(clock).plusDays(30);
        signIn(team.manager(), "demo");
        page.navigate(url("learn/required"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign a module")).click();
        page.getByLabel("Module").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Positive risk-taking")).click();
        page.getByLabel("Teams").click();
        page.locator("vaadin-multi-select-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("required team")).click();
        page.keyboard().press("Escape");
        page.getByLabel("Due by").fill(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(due));
        page.getByLabel("Due by").press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(page.getByText("Members of required team")).isVisible();

        String line = "Required: Positive risk-taking, due " + Requirement.DATE.format(due);
        signIn(team.staff().getFirst(), "demo");
        assertThat(page.locator("a.lantern-required").first()).hasText(line);
        assertThat(scrollsSideways()).as("home page at 1280 px").isFalse();

        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 640));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        signIn(team.staff().getFirst(), "demo");
        assertThat(page.locator("a.lantern-required").first()).hasText(line);
        assertThat(page.locator("a.lantern-required").first()).isInViewport();
        assertThat(scrollsSideways()).as("home page at 320 px").isFalse();

        signIn(team.manager(), "demo");
        page.navigate(url("reports/required-learning"));
        assertThat(page.getByText("Positive risk-taking: 0 done, 0 due soon, 0 overdue, 3 not due yet")).isVisible();
        assertThat(page.getByText("required Staff 1")).isVisible();
        assertThat(page.getByText("Not done yet, due " + Requirement.DATE.format(due)).first()).isVisible();
    }
}
