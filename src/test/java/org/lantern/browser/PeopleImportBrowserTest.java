package org.lantern.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, done means (first part): in a real browser, on a 320 px phone, an administrator imports 200
 * people from a CSV file, previews, applies, applies the same file again and sees nothing to change.
 */
class PeopleImportBrowserTest extends BrowserTest {

    @Autowired
    PeopleService people;

    /** 200 people of an HR export: two teams, every tenth person a manager of the first. */
    private static byte[] twoHundredPeople() {
        StringBuilder csv = new StringBuilder("\uFEFFusername,display_name,email,teams,roles,manages,active\r\n");
        for (int i = 1; i <= 200; i++) {
            boolean manager = i % 10 == 0;
            csv.append("hr.%03d,\"Person %03d, HR\",person%03d@trust.example,Browser Import North;Browser Import South,%s,%s,true\r\n"
                    .formatted(i, i, i, manager ? "staff;manager" : "staff", manager ? "Browser Import North" : ""));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void upload(byte[] file) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("people.csv", "text/csv", file));
    }

    private Locator headline() {
        return page.locator(".lantern-import-plan-headline");
    }

    @Test
    void anAdministratorImports200PeopleThenTheSameFileAgainChangesNothing() {
        people.createTeam("Browser Import North", "Browser service");
        people.createTeam("Browser Import South", "Browser service");
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 640)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        signIn("admin", "demo");
        page.waitForURL(u -> !u.contains("login"));
        page.navigate(url("admin/people/import"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import people"))).isVisible();
        byte[] file = twoHundredPeople();

        upload(file);
        assertThat(headline()).hasText("If you apply this file: 200 new, 0 changed, 0 disabled, 0 unchanged, 0 lines rejected. "
                + "Nothing has been changed yet.");
        assertThat(page.getByText("Person 001, HR (hr.001)")).isVisible();
        settle();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) page.evaluate(PhoneBrowserTest.PROBLEMS);
        assertThat(problems).as("what does not fit a 320 px phone").isEmpty();
        assertAccessible("the import preview");
        assertThat(people.findByUsername("hr.001")).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply these changes")).click();
        assertThat(headline()).hasText("Imported: 200 new, 0 changed, 0 disabled, 0 unchanged, 0 lines rejected.");
        Account manager = people.findByUsername("hr.010").orElseThrow();
        assertThat(manager.displayName()).isEqualTo("Person 010, HR");
        assertThat(manager.roles()).contains(Role.MANAGER);
        assertThat(manager.managedTeams()).extracting(Account.TeamMembership::teamName).containsExactly("Browser Import North");
        assertThat(people.teamMembers(people.findTeamByName("Browser Import South").orElseThrow().id())).hasSize(200);

        upload(file);
        assertThat(headline()).hasText("Nothing to change: everyone in the file is already in Lantern as the file says.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply these changes")).click();
        assertThat(headline()).hasText("Nothing to change: everyone in the file is already in Lantern as the file says. "
                + "Nothing was written.");
        assertThat(people.findByUsername("hr.200").orElseThrow().enabled()).isTrue();
    }
}
