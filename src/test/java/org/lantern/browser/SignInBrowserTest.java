package org.lantern.browser;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SignInBrowserTest extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"staff, Sam Staff", "manager, Morgan Manager", "evaluator, Evan Evaluator",
            "editor, Eden Editor", "admin, Alex Admin"})
    void eachDemoRoleSignsInSeesItsHomePageAndSignsOut(String user, String name) {
        page.navigate(url(""));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertAccessible("login page");

        signIn(user, "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Hello, " + name))).isVisible();
        assertThat(page.getByText("Demo data").first()).isVisible();
        assertAccessible("home page of " + user);

        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByLabel("User name")).isVisible();
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        signIn("staff", "not-the-password");
        assertThat(page.getByText("User name or password not recognised")).isVisible();
    }

    @Test
    void staffTypingAnAdminAddressSeeANotAllowedPage() {
        signIn("staff", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Hello, Sam Staff"))).isVisible();
        page.navigate(url("admin/people"));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("This page is not available to you"))).isVisible();
        assertAccessible("not-allowed page");

    }

    @Test
    void theAdminPagesWorkOnAPhoneAndPassAxe() {
        context.close();
        context = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        signIn("admin", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Hello, Alex Admin"))).isVisible();
        page.navigate(url("admin/people"));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("People and teams"))).isVisible();
        assertAccessible("people admin on a phone");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(Path.of("target/screenshots/people-phone.png")).setFullPage(true));
        page.navigate(url("admin/content"));
        assertThat(page.getByText("No problems found in the content files.")).isVisible();
        assertAccessible("content admin");
    }
}
