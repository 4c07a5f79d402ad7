package org.lantern.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lantern.selfreview.SelfReviewFramework;
import org.lantern.selfreview.SelfReviewService;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A ward manager plans a session, runs it in facilitation mode with the keyboard, records attendance
 * and two actions; a staff member sees them; the manager completes a self-review whose areas to
 * develop become actions; the next session opens with the open actions. Uses Acute Ward Two so
 * other tests' data is untouched.
 */
class ReflectionBrowserTest extends BrowserTest {

    @Autowired
    SelfReviewService reviews;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private void newPage() {
        context.close();
        context = page.context().browser().newContext();
        page = context.newPage();
    }

    @Test
    void planFacilitateRecordAndReview() {
        signIn("ward.manager", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Wren Ward-Manager"))).isVisible();
        page.navigate(url("sessions"));
        page.getByRole(AriaRole.BUTTON, named("Plan a session")).click();
        page.getByLabel("Focus", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("A practice story")).click();
        Locator choose = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Choose"));
        choose.click();
        // the story list's first item (not the focus list's, which may still be closing)
        page.locator("vaadin-combo-box-item[role=option]").first().click();
        assertAccessible("plan a session");
        page.getByRole(AriaRole.BUTTON, named("Plan session")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Ground rules"))).isVisible();
        page.waitForURL(java.util.regex.Pattern.compile(".*/sessions/\\d+$"));
        String sessionUrl = page.url();
        assertAccessible("session page");

        page.getByRole(AriaRole.LINK, named("Start facilitation mode")).click();
        // the session page has a "Ground rules" heading too: wait for facilitation mode itself before pressing keys
        page.waitForURL(java.util.regex.Pattern.compile(".*/sessions/\\d+/facilitate$"));
        assertThat(page.getByText("Step 1 of", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Ground rules"))).isVisible();
        settle();
        page.keyboard().press("ArrowRight");
        assertThat(page.getByRole(AriaRole.HEADING, named("Who is here"))).isVisible();
        settle();
        page.keyboard().press("ArrowRight");
        assertThat(page.getByRole(AriaRole.HEADING, named("Actions from last time"))).isVisible();
        settle();
        page.keyboard().press("ArrowRight");
        assertThat(page.getByText("Step 4 of", new Page.GetByTextOptions().setExact(false))).isVisible();
        settle();
        page.keyboard().press("ArrowRight");
        assertThat(page.getByText("Step 5 of", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByRole(AriaRole.TIMER)).isVisible();
        settle();
        page.keyboard().press("t");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Pause timer"))).isVisible();
        assertAccessible("facilitation mode");
        page.keyboard().press("Escape");

        assertThat(page.getByRole(AriaRole.HEADING, named("Attendance"))).isVisible();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Ben O.")).check();
        page.getByRole(AriaRole.BUTTON, named("Save attendance")).click();
        for (String action : new String[]{"Try a calmer handover routine", "Ask people what helps at night"}) {
            page.getByLabel("New action").fill(action);
            page.getByRole(AriaRole.BUTTON, named("Add action")).click();
            assertThat(page.getByText(action, new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        }

        newPage();
        signIn("ben.o", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Ben O."))).isVisible();
        page.navigate(sessionUrl);
        assertThat(page.getByRole(AriaRole.HEADING, named("Ground rules"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Agreed actions"))).isVisible();
        assertThat(page.getByText("Try a calmer handover routine", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        page.navigate(url("actions"));
        assertThat(page.getByText("Ask people what helps at night")).isVisible();
        assertAccessible("team actions");

        newPage();
        signIn("ward.manager", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Wren Ward-Manager"))).isVisible();
        page.navigate(url("self-review"));
        page.getByRole(AriaRole.BUTTON, named("Start a new self-review")).click();
        SelfReviewFramework f = reviews.framework();
        for (SelfReviewFramework.Indicator indicator : f.indicators()) {
            Locator panel = page.locator("vaadin-details").filter(new Locator.FilterOptions()
                    .setHasText(indicator.number() + ". " + indicator.title()));
            if (!"true".equals(panel.getAttribute("opened"))) {
                panel.locator("vaadin-details-summary").click();
            }
            panel.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("3 " + f.level(3).orElseThrow().label())).check();
            if (indicator.number() == 4) {
                panel.getByLabel("Areas to develop (each becomes an action when the review is finalised)").fill("Write review dates on risk decisions");
            }
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save the team's view")).click();
            assertThat(page.locator("vaadin-details").filter(new Locator.FilterOptions()
                    .setHasText(indicator.number() + ". " + indicator.title() + " · 3"))).hasCount(1);
        }
        assertAccessible("self-review");
        page.getByRole(AriaRole.BUTTON, named("Finalise the review")).click();
        page.getByRole(AriaRole.BUTTON, named("Finalise")).click();
        assertThat(page.getByText("Review finalised. 1 action(s) added to the team's log.")).isVisible();

        page.navigate(url("actions"));
        assertThat(page.getByText("Write review dates on risk decisions", new Page.GetByTextOptions().setExact(false))).isVisible();
        page.navigate(sessionUrl + "/facilitate");
        assertThat(page.getByRole(AriaRole.HEADING, named("Ground rules"))).isVisible();
        settle();
        page.keyboard().press("ArrowRight");
        assertThat(page.getByRole(AriaRole.HEADING, named("Who is here"))).isVisible();
        settle();
        page.keyboard().press("ArrowRight");
        assertThat(page.getByText("Write review dates on risk decisions", new Page.GetByTextOptions().setExact(false))).isVisible();
    }
}
