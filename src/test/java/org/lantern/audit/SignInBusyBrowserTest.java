package org.lantern.audit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lantern.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 22, the launch morning: when more people sign in than Lantern can check passwords for, the next
 * one is told so in plain words, with the user name they typed still filled in, and signs in on the next try.
 */
class SignInBusyBrowserTest extends BrowserTest {

    @Autowired
    PasswordChecks checks;

    @Test
    void turnedAwayTheSignInPageSaysWhyKeepsTheUserNameAndTheNextTrySignsIn() {
        List<PasswordChecks.Place> taken = new ArrayList<>();
        try {
            try {
                while (taken.size() < 10_000) {
                    taken.add(checks.admit());   // everybody else signing in at this moment
                }
            } catch (SignInBusyException full) {
                // every place is taken
            }
            signIn("staff", "demo");
            assertThat(page.getByText("Lots of people are signing in right now")).isVisible();
            assertThat(page.getByLabel("User name")).hasValue("staff");
            assertAccessible("sign-in page after being turned away");
        } finally {
            taken.forEach(PasswordChecks.Place::close);
        }
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Sam Staff"))).isVisible();
    }
}
