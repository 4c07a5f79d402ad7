package org.lantern.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lantern.base.security.Account;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class RevalidationBrowserTest extends BrowserTest {

    @Autowired
    PeopleService people;
    @Autowired
    JournalService journal;

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aJournalEntryBecomesAReflectiveAccountAndTheCpdRecordDownloads() throws IOException {
        TestTeams.TestTeam team = TestTeams.create(people, "browser-cpd", 1);
        Account owner = people.findByUsername(team.staff().getFirst()).orElseThrow();
        journal.add(owner, "Asking before helping", "I asked before I helped, and the person chose to do it themselves.", "",
                JournalSource.free());
        signIn(owner.username(), "demo");

        page.navigate(url("journal"));
        page.getByRole(AriaRole.LINK, name("Turn into a reflective account")).click();
        assertThat(page.getByRole(AriaRole.HEADING, name("Reflective account"))).isVisible();
        assertThat(page.getByLabel("What you learned from it")).hasValue("I asked before I helped, and the person chose to do it themselves.");
        page.getByLabel("How you changed or improved your practice as a result").fill("I ask first at every visit now.");
        assertAccessible("reflective account form");
        page.getByRole(AriaRole.BUTTON, name("Save reflective account")).click();
        assertThat(page.getByText("Saved in your journal. Only you can read it.")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/journal/reflective-account/\\d+$"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/reflective-account.png")).setFullPage(true));
        Download pdf = page.waitForDownload(() -> page.getByText("Download PDF").click());
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        page.navigate(url("journal/cpd"));
        assertThat(page.getByRole(AriaRole.HEADING, name("My CPD record"))).isVisible();
        assertAccessible("CPD record page");
        Download csv = page.waitForDownload(() -> page.getByText("Download CSV").click());
        assertThat(Files.readString(csv.path())).startsWith("\uFEFFtype,date,hours,title,team,what_it_covered");
    }
}
