package org.lantern.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The audit page, the account page with "Download my data", and sign-in throttling in a real browser. */
class PrivacyBrowserTest extends BrowserTest {

    @Autowired
    PeopleService people;
    @Autowired
    AuditService audit;

    @Test
    void theAuditTrailWorksOnAPhoneAndPassesAxe() {
        context.close();
        context = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        page = context.newPage();
        signIn("admin", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Alex Admin"))).isVisible();
        audit.record("browser-xss", AuditEventType.EXPORT, "<img src=x onerror=\"window.pwned=1\">");
        page.navigate(url("admin/audit"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit trail"))).isVisible();
        assertThat(page.getByText("Signed in: sign-in page").first()).isVisible();
        assertThat(page.getByText("<img src=x onerror=\"window.pwned=1\">")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        assertAccessible("audit trail on a phone");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/audit-phone.png")).setFullPage(true));
    }

    @Test
    void theAccountPageOffersMyDataAndPassesAxe() {
        signIn("staff", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Sam Staff"))).isVisible();
        page.navigate(url("account"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my data (ZIP)"))).isVisible();
        assertAccessible("account page");
    }

    @Test
    void afterFiveFailuresTheSignInPageSaysSignInIsPaused() {
        people.createAccount(new NewAccount("browser-throttle", "Browser Throttle", "a long enough password",
                EnumSet.of(Role.STAFF), Set.of(), Set.of()));
        for (int i = 0; i < 5; i++) {
            signIn("browser-throttle", "wrong password " + i);
            assertThat(page.getByText("User name or password not recognised")).isVisible();
        }
        signIn("browser-throttle", "a long enough password");
        assertThat(page.getByText("Sign-in paused")).isVisible();
        // the sixth attempt within 30 seconds of the fifth failure
        assertThat(page.getByText("Try again in 1 minute.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible("sign-in paused");
    }
}
