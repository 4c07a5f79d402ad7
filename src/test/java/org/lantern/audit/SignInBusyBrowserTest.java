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
    void turnedAwayTheSignInPageSaysWhyKeepsTheUserNameAndTheNextTrySignsIn() throws InterruptedException {
        List<PasswordChecks.Turn> taken = new ArrayList<>();
        List<Thread> waiting = new ArrayList<>();
        try {
            try {
                while (taken.size() < 1_000) {
                    taken.add(checks.take());   // everybody else signing in at this moment: first the turns...
                }
            } catch (SignInBusyException noTurnLeft) {
                // ...then the queue: people waiting for a turn until the test gives them back
            }
            for (int i = 0; i < 1_000; i++) {
                waiting.add(Thread.ofVirtual().start(() -> {
                    try {
                        checks.take().close();
                    } catch (SignInBusyException full) {
                        // more than the queue holds
                    }
                }));
            }
            page.waitForTimeout(500);
            signIn("staff", "demo");
            assertThat(page.getByText("Lots of people are signing in right now")).isVisible();
            assertThat(page.getByLabel("User name")).hasValue("staff");
            assertAccessible("sign-in page after being turned away");
        } finally {
            taken.forEach(PasswordChecks.Turn::close);
        }
        for (Thread thread : waiting) {
            thread.join(java.time.Duration.ofSeconds(30));
        }
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Sam Staff"))).isVisible();
    }
}
