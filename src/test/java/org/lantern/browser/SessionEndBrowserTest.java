package org.lantern.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.lantern.base.security.Account;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Issue 15, "Sessions", in a real browser: what a person sees when their session is ended. */
class SessionEndBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    PeopleService people;

    /**
     * Issue 15: after an administrator disables the account, the next click in the open page (a Vaadin
     * UIDL request) lands on the sign-in page with a plain message, not an error dialog.
     */
    @Test
    void aClickAfterTheAccountWasDisabledLandsOnTheSignInPage() {
        Account account = account("click");
        signIn(account.username(), PASSWORD);
        assertThat(heading("Hello, " + account.displayName())).isVisible();
        settle();

        people.updateAccount(account.id(), account.displayName(), false, account.roles(), Set.of(), Set.of());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My account")).first().click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?signed-out=changed$"));
        assertThat(page.getByText("You were signed out because your account changed")).isVisible();
        assertThat(page.locator(".v-system-error")).hasCount(0);
        assertAccessible("signed-out message");
    }

    /**
     * Issue 15: changing one's own password keeps this session (under a new id) and ends the person's
     * other sessions.
     */
    @Test
    void changingYourOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        Account account = account("own");
        BrowserContext other = context.browser().newContext();
        try {
            Page elsewhere = other.newPage();
            elsewhere.navigate(url("login"));
            elsewhere.getByLabel("User name").fill(account.username());
            elsewhere.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            elsewhere.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(elsewhere.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Hello, " + account.displayName()))).isVisible();

            signIn(account.username(), PASSWORD);
            assertThat(heading("Hello, " + account.displayName())).isVisible();
            page.navigate(url("account"));
            page.getByLabel("Current password").fill(PASSWORD);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("a new long enough password");
            page.getByLabel("New password again").fill("a new long enough password");
            String before = sessionId(context);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            assertThat(page.getByText("Password changed.")).isVisible();
            settle();
            org.assertj.core.api.Assertions.assertThat(sessionId(context)).as("a new session id").isNotEqualTo(before);

            page.reload();
            assertThat(heading("My account")).isVisible();   // still signed in here

            elsewhere.reload();
            assertThat(elsewhere).hasURL(Pattern.compile(".*/login\\?signed-out=changed$"));
            assertThat(elsewhere.getByText("You were signed out because your account changed")).isVisible();
        } finally {
            other.close();
        }
    }

    private Account account(String prefix) {
        String username = "browser-sess-" + prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        return people.createAccount(new NewAccount(username, "Session " + prefix, PASSWORD,
                EnumSet.of(Role.STAFF), Set.of(), Set.of()));
    }

    private com.microsoft.playwright.Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private static String sessionId(BrowserContext context) {
        List<Cookie> cookies = context.cookies();
        return cookies.stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse(null);
    }
}
