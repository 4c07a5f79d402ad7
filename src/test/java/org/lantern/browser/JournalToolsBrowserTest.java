package org.lantern.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class JournalToolsBrowserTest extends BrowserTest {

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void staffWriteAJournalEntryAndSaveAPracticeTool() throws IOException {
        signIn("staff", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, name("Hello, Sam Staff"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, name("Open my journal"))).isVisible();
        assertAccessible("home page with the journal and tools links");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-staff.png")));

        page.navigate(url("journal"));
        assertThat(page.getByRole(AriaRole.HEADING, name("My journal"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, name("A slower cup of tea"))).isVisible();
        assertAccessible("journal page");

        page.getByRole(AriaRole.BUTTON, name("New entry")).click();
        page.getByLabel("Title (optional)").fill("Browser reflection");
        page.getByLabel("Your entry").fill("I asked before I helped, and the person chose to do it themselves.");
        assertAccessible("journal page with the entry form open");
        page.getByRole(AriaRole.BUTTON, name("Save entry")).click();
        assertThat(page.getByRole(AriaRole.HEADING, name("Browser reflection"))).isVisible();
        assertThat(page.getByText("I asked before I helped, and the person chose to do it themselves.")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/journal.png")).setFullPage(true));

        Download journalPdf = page.waitForDownload(() -> page.getByText("Download PDF").click());
        assertThat(startOf(journalPdf.path())).isEqualTo("%PDF-");

        page.navigate(url("tools"));
        assertThat(page.getByRole(AriaRole.HEADING, name("Practice tools"))).isVisible();
        assertAccessible("practice tools page");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a new safety plan checklist")).click();
        assertThat(page.getByRole(AriaRole.HEADING, name("Safety plan checklist"))).isVisible();
        assertThat(page.getByText("For practice and reflection, not a clinical record.")).isVisible();

        page.getByLabel("Title for this copy").fill("Browser practice plan");
        page.getByLabel("What tells you or others that things are getting harder?").fill("Staying in bed and missing meals.");
        page.getByLabel("The plan is written in the person's own words").check();
        page.getByRole(AriaRole.BUTTON, name("Save")).click();
        assertThat(page.getByText(Pattern.compile("^Saved .*Only you can see this copy\\.$"))).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/tools/safety-plan/\\d+$"));
        assertAccessible("safety plan tool page");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/safety-plan.png")).setFullPage(true));

        Download toolPdf = page.waitForDownload(() -> page.getByText("Download PDF").click());
        assertThat(startOf(toolPdf.path())).isEqualTo("%PDF-");

        page.navigate(url("tools"));
        assertThat(page.getByRole(AriaRole.LINK, name("Browser practice plan"))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/tools.png")).setFullPage(true));
    }

    @Test
    void theToolPageWorksOnAPhone() {
        context.close();
        context = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        signIn("staff", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, name("Hello, Sam Staff"))).isVisible();
        page.navigate(url("tools/risk-decision"));
        assertThat(page.getByRole(AriaRole.HEADING, name("Risk decision-making checklist"))).isVisible();
        assertAccessible("risk decision tool on a phone");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/risk-decision-phone.png")).setFullPage(true));
    }

    private static String startOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 0, Math.min(5, bytes.length), java.nio.charset.StandardCharsets.US_ASCII);
    }
}
