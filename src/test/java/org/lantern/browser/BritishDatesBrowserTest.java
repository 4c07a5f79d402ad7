package org.lantern.browser;

import org.lantern.base.security.Account;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Optional;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: dates are British and never lost. Typed into an action's "Due by" in a browser that asks
 * for American English or British English, 31/12/2026 is saved as the 31st of December and 05/01/2027
 * as the 5th of January (not the 1st of May); a date that cannot be read stops the save with a message
 * next to the field, and nothing is saved without its date. (Typed, on a desktop: on a touch screen
 * the date picker opens its calendar instead of a keyboard.)
 */
class BritishDatesBrowserTest extends BrowserTest {

    @Autowired
    PeopleService people;
    @Autowired
    Actions actions;

    private TestTeams.TestTeam team;

    @BeforeAll
    void team() {
        team = TestTeams.create(people, "dates", 2);
    }

    private void browserLocale(String locale) {
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale(locale));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    private void addAction(String description, String due) {
        signIn(team.staff().getFirst(), "demo");
        page.waitForURL(u -> !u.contains("login"));
        page.navigate(url("actions"));
        page.getByLabel("New action").fill(description);
        page.getByLabel("Due by (optional)").fill(due);
        page.getByLabel("Due by (optional)").press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action")).click();
        settle();
    }

    private Optional<ActionPoint> saved(String description) {
        return actions.actions(account(team.staff().getFirst()), team.id()).stream()
                .filter(a -> a.description().equals(description)).findFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB"})
    void britishDatesAreSavedExactlyWhateverTheBrowserLanguage(String locale) {
        browserLocale(locale);
        addAction("Year end check " + locale, "31/12/2026");
        assertThat(page.getByText("31 Dec 2026").first()).isVisible();
        assertThat(saved("Year end check " + locale).orElseThrow().due()).isEqualTo(LocalDate.of(2026, 12, 31));

        browserLocale(locale);
        addAction("New year review " + locale, "05/01/2027");
        assertThat(page.getByText("5 Jan 2027").first()).isVisible();
        assertThat(saved("New year review " + locale).orElseThrow().due()).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/13/2026", "12/31/2026", "next Tuesday"})
    void aDateThatCannotBeReadStopsTheSave(String typed) {
        browserLocale("en-US");
        String description = "Unreadable date " + typed;
        addAction(description, typed);
        assertThat(page.getByRole(AriaRole.ALERT).getByText("could not be read", new com.microsoft.playwright.Locator.GetByTextOptions()))
                .isVisible();
        assertThat(saved(description)).as("an action whose date could not be read is not saved without it").isEmpty();
        assertThat(page.getByLabel("New action")).hasValue(description);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
