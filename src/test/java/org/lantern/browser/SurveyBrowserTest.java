package org.lantern.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.Programmes;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey journey in a real browser: an evaluator creates a programme (on the newest survey version),
 * a staff member answers half (one question "Not applicable"), closes the tab, comes back to find
 * everything kept and submits; their manager sees counts only.
 */
class SurveyBrowserTest extends BrowserTest {

    @Autowired
    Programmes programmes;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private Locator question(SurveyDefinition survey, int index) {
        SurveyDefinition.Item item = survey.items().get(index);
        return page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName((index + 1) + ". " + item.text()));
    }

    private void newPage() {
        context.close();
        context = page.context().browser().newContext();
        page = context.newPage();
    }

    @Test
    void createAnswerResumeSubmitAndManagersSeeNoAnswers() {
        signIn("evaluator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Evan Evaluator"))).isVisible();
        page.navigate(url("programmes"));
        page.getByRole(AriaRole.BUTTON, named("New programme")).click();
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Survey")))
                .hasValue("Recovery knowledge and practice (version 2)");
        page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true)).fill("browser-pilot");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Browser pilot");
        Locator teams = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Teams"));
        teams.fill("Community Team North");
        teams.press("Enter");
        // leave the field, so its list (long, with every test's teams) closes before the button is clicked
        teams.press("Tab");
        assertAccessible("new programme form");
        page.getByRole(AriaRole.BUTTON, named("Create programme")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Browser pilot"))).isVisible();
        assertAccessible("programme page");

        newPage();
        SurveyDefinition survey = programmes.survey("recovery-knowledge-v2").orElseThrow();
        int carers = survey.items().indexOf(survey.item("carers-1").orElseThrow());
        signIn("staff", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Sam Staff"))).isVisible();
        page.navigate(url("surveys/browser-pilot/before"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Browser pilot"))).isVisible();
        assertAccessible("survey form");
        for (int i = 0; i < 3; i++) {
            question(survey, i).getByText("Agree", new Locator.GetByTextOptions().setExact(true)).click();
            assertThat(page.getByText("Saved.")).isVisible();
        }
        question(survey, carers).getByText("Not applicable", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("4 of " + survey.scoredItems().size() + " questions answered.")).isVisible();
        Locator comment = page.getByLabel(survey.items().size() + ". " + survey.items().getLast().text());
        comment.fill("A zebra crossing of a thought");
        comment.blur();
        page.waitForTimeout(1500);

        newPage();   // the tab is closed half way through
        signIn("staff", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Sam Staff"))).isVisible();
        page.navigate(url("surveys/browser-pilot/before"));
        for (int i = 0; i < 3; i++) {
            assertThat(question(survey, i).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Agree").setExact(true))).isChecked();
        }
        assertThat(question(survey, carers).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Not applicable")
                .setExact(true))).isChecked();
        assertThat(page.getByLabel(survey.items().size() + ". " + survey.items().getLast().text())).hasValue("A zebra crossing of a thought");
        page.getByRole(AriaRole.BUTTON, named("Submit my answers")).click();
        page.getByRole(AriaRole.BUTTON, named("Submit")).click();
        assertThat(page.getByText("Thank you. You submitted the before survey on ", new Page.GetByTextOptions().setExact(false))).isVisible();

        newPage();
        signIn("manager", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Morgan Manager"))).isVisible();
        page.navigate(url("reports/responses"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Browser pilot"))).isVisible();
        assertAccessible("team responses");
        assertThat(page.content()).doesNotContain("zebra crossing");
    }
}
