package org.lantern.browser;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A staff member takes a whole module in a real browser, from the catalogue to the certificate. */
class TrainingBrowserTest extends BrowserTest {

    @Autowired
    PeopleService people;

    @Autowired
    TrainingService training;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aStaffMemberTakesAModuleFromStartToCertificate() throws Exception {
        TrainingModule module = training.module("working-with-strengths").orElseThrow();
        signIn("editor", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Eden Editor"))).isVisible();

        page.navigate(url("learn"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Training modules"))).isVisible();
        assertAccessible("module catalogue");
        page.getByRole(AriaRole.LINK, named(module.title())).click();
        assertThat(page.getByRole(AriaRole.HEADING, named(module.title()))).isVisible();
        page.getByRole(AriaRole.LINK, named("Start the first lesson")).click();

        for (int i = 0; i < module.lessons().size(); i++) {
            TrainingModule.Lesson lesson = module.lessons().get(i);
            assertThat(page.getByRole(AriaRole.HEADING, named(lesson.title()))).isVisible();
            if (i == 0) {
                assertAccessible("lesson page");
            }
            page.getByRole(AriaRole.BUTTON, named("Mark as done")).click();
            assertThat(page.getByText("You have marked this lesson as done.")).isVisible();
            String next = i + 1 < module.lessons().size() ? "Next: " + module.lessons().get(i + 1).title() : "Next: " + module.check().title();
            page.getByRole(AriaRole.LINK, named(next)).click();
        }

        assertThat(page.getByRole(AriaRole.HEADING, named(module.check().title()))).isVisible();
        assertAccessible("knowledge check");
        int number = 1;
        for (TrainingModule.Question q : training.drawCheck(account("editor"), module.key()).asked()) {
            var group = page.getByRole(q.type() == TrainingModule.QuestionType.MULTIPLE ? AriaRole.GROUP : AriaRole.RADIOGROUP,
                    new Page.GetByRoleOptions().setName(number++ + ". " + q.text()));
            for (int option : q.correctOptions()) {
                group.getByText(q.options().get(option).text(), new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
            }
        }
        page.getByRole(AriaRole.BUTTON, named("Check my answers")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Your result: 100%"))).isVisible();
        assertAccessible("knowledge check result");

        page.getByRole(AriaRole.LINK, named("Back to the module")).click();
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, named("Download your certificate (PDF)")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("Eden Editor", module.title());
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
