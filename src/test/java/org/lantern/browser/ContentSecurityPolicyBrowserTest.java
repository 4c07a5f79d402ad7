package org.lantern.browser;

import org.lantern.base.security.Account;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryDraft;
import org.lantern.stories.StoryWriting;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, "API and browser": Lantern's Content-Security-Policy in real Chromium. Vaadin works under it
 * (every browser test fails on a reported violation, see {@link BrowserTest}; the accessibility sweep
 * opens every main page as every role), and it blocks what it should: an image from another address.
 * Only loopback addresses are used, so nothing leaves the machine even when a check fails.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    private static final String PIXEL = "http://127.0.0.1:9/pixel.png";

    @Autowired
    PeopleService people;
    @Autowired
    StoryWriting writing;

    @Test
    void signingInAndMovingAroundReportNoViolation() {
        page.navigate(url("login"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lantern"))).isVisible();
        settle();
        signIn("staff", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Hello");
        settle();
        page.navigate(url("stories"));
        assertThat(page.locator("h1").first()).isVisible();
        settle();
        assertThat(takeCspViolations()).isEmpty();
    }

    @Test
    void anImageFromAnotherAddressIsBlockedAndReported() {
        signIn("staff", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Hello");
        settle();
        page.evaluate("src => { const img = document.createElement('img'); img.src = src; img.alt = ''; document.body.append(img); }",
                PIXEL);
        page.waitForTimeout(500);
        List<String> reported = takeCspViolations();
        assertThat(reported).as("the policy blocked the image and the check saw it")
                .anySatisfy(v -> assertThat(v).contains("img-src").contains("127.0.0.1:9"));
    }

    @Test
    void aStoryWithAnImageFromAnotherSiteShowsALinkInstead() {
        String author = "csp.author." + System.nanoTime() % 1_000_000;
        people.createAccount(new NewAccount(author, "Casey Pixel", "a long enough password", Set.of(Role.STAFF), Set.of(), Set.of()));
        PracticeStory story = writing.saveDraft(account(author), null, new StoryDraft("Pictures of the garden",
                "Growing things together.", "We planted beans. ![The garden](" + PIXEL + ") They grew. "
                        + "We sat down together and wrote a plan in her own words. ".repeat(5),
                List.of("recovery"), "supported-living", "support-worker"));
        signIn(author, "a long enough password");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Hello");
        page.navigate(url("stories/" + story.slug()));
        assertThat(page.getByText("We planted beans.", new Page.GetByTextOptions().setExact(false))).isVisible();
        settle();
        assertThat(page.locator("img[src*='127.0.0.1:9']")).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The garden"))).hasAttribute("href", PIXEL);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
