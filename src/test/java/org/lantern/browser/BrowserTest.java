package org.lantern.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.lantern.LanternTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-browser tests: Debian's Chromium driven by Playwright against the running app. Chromium is
 * never downloaded; install it with {@code apt-get install chromium} (see README).
 */
@LanternTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LANTERN_CHROMIUM", "/usr/bin/chromium"));

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void launch() {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium not found at %s. Install Debian's chromium package (apt-get install chromium) "
                        + "or set LANTERN_CHROMIUM.", CHROMIUM).isTrue();
        // generous waits: CI machines have two cores and run everything at once
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Content-Security-Policy violations the browser reported since the context opened (or since last taken). */
    private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void newContext() {
        cspViolations.clear();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        // every page reports what the Content-Security-Policy blocked, so that no browser test passes on a
        // page that Lantern's policy breaks (issue 15): the event as a console line, and Chromium's own line
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' in ' "
                + "+ e.sourceFile + ':' + e.lineNumber));");
        context.onConsoleMessage(message -> {
            if (message.text().startsWith("CSP violation: ") || message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text() + " (on " + message.location() + ")");
            }
        });
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        page.waitForTimeout(100);   // let the last page's reports arrive
        List<String> reported = takeCspViolations();
        context.close();
        assertThat(reported).as("Content-Security-Policy violations reported by the browser").isEmpty();
    }

    /** The violations reported so far, which are then forgotten (for a test that causes one on purpose). */
    protected List<String> takeCspViolations() {
        List<String> taken = List.copyOf(cspViolations);
        cspViolations.removeAll(taken);
        return taken;
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the real login form and waits for the home page. */
    protected void signIn(String user, String password) {
        page.navigate(url("login"));
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Waits until Vaadin has finished updating the page. */
    protected void settle() {
        settle(page);
    }

    /** Waits until Vaadin has finished updating {@code page}: no client has a request under way. */
    static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** True when no animation or transition that ends is running, in the page or in any shadow root. */
    private static final String STILL = """
            () => {
              const roots = [document];
              for (let i = 0; i < roots.length; i++) {
                for (const e of roots[i].querySelectorAll('*')) {
                  if (e.shadowRoot) roots.push(e.shadowRoot);
                }
              }
              // document.getAnimations() leaves out shadow roots, where Vaadin's overlays animate
              return roots.every(root => root.getAnimations().every(a => a.playState !== 'running'
                  || !a.effect || a.effect.getComputedTiming().iterations === Infinity));
            }
            """;

    /**
     * Waits until Vaadin has finished updating {@code page} and what it changed has stopped moving: the
     * next two frames are drawn (so that animations the update starts have begun), then every opening
     * animation or transition has ended (endless ones, such as a loading indicator, do not count).
     */
    static void settleAndStill(Page page) {
        settle(page);
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        page.waitForFunction(STILL);
    }

    /** axe-core's WCAG 2.2 A/AA rules: no serious or critical violations allowed. */
    protected void assertAccessible(String pageName) {
        settleAndStill(page);   // axe measures what is on screen: opening notifications and dialogs must have finished
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                // axe.run in the page itself; the default (runPartial) opens a further browser context and
                // loads axe twice more for every check. The two differ only for frames, which Lantern has none of.
                .setLegacyMode(true)
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(BrowserTest::describe).toList();
        assertThat(serious).as("axe-core violations on %s", pageName).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
    }

    protected static void assertVisible(com.microsoft.playwright.Locator locator) {
        assertThat(locator).isVisible();
    }
}
