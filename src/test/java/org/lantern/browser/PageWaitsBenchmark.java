package org.lantern.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.lantern.LanternApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * How long a person waits for the pages issue 16 found slow, measured in a real browser (not part of
 * the build): starts Lantern in production mode with the demo data and a throw-away embedded
 * PostgreSQL, then drives Debian's Chromium through signing in (from pressing "Sign in" to the home
 * page ready), opening the evaluation report (from the address to the figures on screen) and
 * switching the report to one team (from choosing the team to its figures on screen). Prints the
 * median, 90th percentile and slowest of each, after warm-up rounds. "Ready" means the page's text is
 * visible and Vaadin has no request in flight. Run with {@code ./mvnw -q test-compile exec:exec@page-waits}
 * (see README); {@code -Dwaits.rounds} (default 15) and {@code -Dwaits.warm-up} (default 3).
 */
public final class PageWaitsBenchmark {

    private PageWaitsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("waits.rounds", 15);
        int warmUp = Integer.getInteger("waits.warm-up", 3);
        Path data = Files.createTempDirectory("lantern-waits");
        String[] settings = {"--lantern.data-dir=" + data, "--lantern.demo=true", "--lantern.embedded-db.durable=false",
                "--lantern.embedded-db.ephemeral=true", "--server.address=127.0.0.1", "--server.port=0",
                "--vaadin.productionMode=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off"};
        int exitCode = 0;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LanternApplication.class).run(settings);
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(BrowserTest.CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync")))) {
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/";
            Map<String, List<Double>> waits = new LinkedHashMap<>();
            for (int round = 0; round < warmUp + rounds; round++) {
                Map<String, Double> once = journey(browser, base);
                if (round >= warmUp) {
                    once.forEach((step, millis) -> waits.computeIfAbsent(step, s -> new ArrayList<>()).add(millis));
                }
            }
            System.out.printf(Locale.ROOT, "%nPage waits in a real browser: %d rounds after %d warm-up rounds; Java %s, "
                            + "%d processors, load average %.2f%n", rounds, warmUp, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "  %-44s %9s %9s %9s%n", "step", "median", "p90", "slowest");
            waits.forEach((step, millis) -> {
                List<Double> sorted = millis.stream().sorted().toList();
                System.out.printf(Locale.ROOT, "  %-44s %6.0f ms %6.0f ms %6.0f ms%n", step, percentile(sorted, 50),
                        percentile(sorted, 90), sorted.getLast());
            });
        } catch (RuntimeException e) {
            e.printStackTrace();
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    /** One evaluator's visit in a fresh browser profile, as after closing the browser: no cache, no cookies. */
    private static Map<String, Double> journey(Browser browser, String base) {
        Map<String, Double> waits = new LinkedHashMap<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            if (Boolean.getBoolean("waits.trace")) {
                long origin = System.nanoTime();
                page.onRequestFinished(r -> System.out.printf(Locale.ROOT, "    %7.0f ms  %5.0f ms  %s %s  [%s]%n",
                        millisSince(origin), r.timing().responseEnd, r.method(),
                        r.url().replaceFirst("^http://[^/]+", "").replaceFirst("\\?v-r=init.*", "?v-r=init…"),
                        r.response() == null ? "" : r.response().status() + " " + r.response().headerValue("cache-control")));
            }
            page.navigate(base + "login");
            page.getByLabel("User name").fill("evaluator");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo");
            long start = System.nanoTime();
            trace("sign in");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Evan Evaluator")))
                    .isVisible();
            BrowserTest.settle(page);
            waits.put("sign in (button to home page)", millisSince(start));

            start = System.nanoTime();
            trace("report");
            page.navigate(base + "reports/evaluation?programme=recovery-practice-2026");
            assertThat(caption(page, "Theme scores: All teams")).isVisible();
            BrowserTest.settle(page);
            waits.put("open the evaluation report (all teams)", millisSince(start));

            page.locator("#report-team").click();
            Locator team = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Acute Ward Two").setExact(true));
            team.waitFor();
            start = System.nanoTime();
            trace("team");
            team.click();
            assertThat(caption(page, "Theme scores: Acute Ward Two")).isVisible();
            BrowserTest.settle(page);
            waits.put("switch the report to one team", millisSince(start));
        }
        return waits;
    }

    private static void trace(String step) {
        if (Boolean.getBoolean("waits.trace")) {
            System.out.println("  -- " + step);
        }
    }

    private static Locator caption(Page page, String text) {
        return page.locator("caption", new Page.LocatorOptions().setHasText(text));
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
