package org.lantern.browser;

import org.lantern.base.security.Account;
import org.lantern.people.PeopleService;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.lantern.reports.ThenTestTable;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.SurveyDefinition;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.ResponseImport;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluator's journey in a real browser: open the demo programme's report, switch to one team,
 * see hidden groups marked, download the CSV, XLSX and PDF and read them; release a programme's
 * figures after reviewing what people wrote, while its manager sees nothing before the release and
 * their team's figures after; and see new paper answers waiting for a new release. Axe checks on the way.
 */
class ReportBrowserTest extends BrowserTest {

    @Autowired
    PeopleService people;

    @Autowired
    Programmes programmes;
    @Autowired
    ResponseImport responseImport;
    @Autowired
    org.lantern.reports.ReleaseService releases;

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private Locator caption(String text) {
        return page.locator("caption", new Page.LocatorOptions().setHasText(text));
    }

    private byte[] download(String link) throws Exception {
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named(link)).click());
        return Files.readAllBytes(download.path());
    }

    @Test
    void evaluatorReadsTheDemoReportSwitchesTeamAndDownloadsEveryFormat() throws Exception {
        signIn("evaluator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Evan Evaluator"))).isVisible();
        page.getByRole(AriaRole.LINK, named("Evaluation report")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Evaluation report"))).isVisible();
        page.navigate(url("reports/evaluation?programme=recovery-practice-2026"));
        assertThat(caption("Theme scores: All teams")).isVisible();
        assertThat(caption("Average change in each theme, team by team")).isVisible();
        assertThat(page.locator("svg[role=img] title", new Page.LocatorOptions().setHasText("Theme scores before and after")))
                .hasCount(1);
        assertThat(caption("Reliability of each theme: All teams")).isVisible();
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, named("t-test p, adjusted (Holm)"))).isVisible();
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, named("Effect size: 95% confidence interval")).first()).isVisible();
        // the demo's paper forms without a code: their comparison is a section of its own, labelled as weaker evidence
        assertThat(page.locator("#unlinked")).isVisible();
        assertThat(page.locator("#unlinked")).containsText("Weaker evidence");
        assertAccessible("evaluation report, all teams");

        page.locator("#report-team").click();
        page.getByRole(AriaRole.OPTION, named("Acute Ward Two")).click();
        assertThat(caption("Theme scores: Acute Ward Two")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*team=Acute.*"));
        assertThat(page.getByText("Release 1, made on", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertAccessible("evaluation report, one team");

        String csv = new String(download("Download Data for R or SPSS (CSV)"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("programme,before_wave,after_wave,release,team,level,key");
        assertThat(csv.lines().skip(1)).hasSize(36).allSatisfy(line ->
                assertThat(line).startsWith("recovery-practice-2026,before,after,1,Acute Ward Two,"));

        byte[] xlsx = download("Download Spreadsheet (XLSX)");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).contains("About", "Themes", "Questions", "Reliability");
            assertThat(workbook.findSheet("Themes").orElseThrow().read().get(1).getCellAsString(0)).contains("Acute Ward Two");
        }

        byte[] pdf = download("Download Board paper (PDF)");
        PdfReader reader = new PdfReader(pdf);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
                .contains("Programme evaluation report", "Recovery in practice 2026", "Team: Acute Ward Two");
        assertThat(new PdfTextExtractor(reader).getTextFromPage(2)).contains("About this report", "Wilcoxon");
    }

    @Test
    void theEvaluatorLocksAnAnalysisPlanAndTheReportLeadsWithItsPrimaryOutcome() {
        if (programmes.programme("browser-plan").isEmpty()) {
            programmes.createProgramme(people.findByUsername("evaluator").orElseThrow(), new NewProgramme("browser-plan",
                    "Browser plan", "recovery-knowledge", List.of("Browser Plan Team"), List.of(
                    new NewProgramme.NewWave("before", LocalDate.now().minusDays(3), LocalDate.now().plusDays(10)),
                    new NewProgramme.NewWave("after", LocalDate.now().plusDays(60), LocalDate.now().plusDays(80)))));
        }
        signIn("evaluator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Evan Evaluator"))).isVisible();
        page.navigate(url("programmes/browser-plan"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Analysis plan"))).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Save draft")).click();
        assertThat(page.getByText("Choose the primary theme", new Page.GetByTextOptions().setExact(false))).isVisible();
        page.locator("#plan-theme").click();
        page.getByRole(AriaRole.OPTION, named("Goal setting with the person")).click();
        page.getByLabel("Minimum meaningful change (scale points)").fill("0.4");
        page.getByRole(AriaRole.BUTTON, named("Save draft")).click();
        assertThat(page.getByText("Draft, not locked: the change in 'Goal setting with the person'",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible("programme page with a draft analysis plan");
        page.getByRole(AriaRole.BUTTON, named("Lock plan")).click();
        assertThat(page.getByText("Locked: the plan can no longer be changed.")).isVisible();
        assertThat(page.getByText("by an evaluator: the change in 'Goal setting with the person'",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Lock plan"))).hasCount(0);

        // the demo programme's plan was locked before its after survey opened: its report leads with it
        page.navigate(url("reports/evaluation?programme=recovery-practice-2026"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Primary outcome (chosen in advance)"))).isVisible();
        assertThat(page.locator(".lantern-primary-outcome")).containsText("the change in 'Hope and belief in recovery for all'");
        assertThat(page.getByRole(AriaRole.HEADING, named("Themes (exploratory)"))).isVisible();
        assertThat(page.getByText("Analysis plan: the primary outcome was chosen and locked on",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible("evaluation report leading with its primary outcome");
    }

    @Test
    void evaluatorSeesTheTrendOverAllThreeWavesOfTheDemoFollowUpProgramme() throws Exception {
        signIn("evaluator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Evan Evaluator"))).isVisible();
        page.navigate(url("reports/evaluation?programme=recovery-follow-up-2025"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Trend over all surveys"))).isVisible();
        assertThat(page.locator("svg[role=img] title", new Page.LocatorOptions().setHasText("Theme scores over all surveys")))
                .hasCount(1);
        Locator cohort = caption("Cohort (answered every survey), themes: All teams");
        assertThat(cohort).isVisible();
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, named("Friedman test")).first()).isVisible();
        // the demo's scores rise by the end of the training and stay up: the Friedman figure is shown for the hope theme
        Locator hope = page.locator("table:has(caption:text-is('Cohort (answered every survey), themes: All teams')) tr",
                new Page.LocatorOptions().setHasText("Hope"));
        assertThat(hope.first()).containsText("chi-square(2) = ");
        assertThat(caption("Everyone per survey, themes: All teams")).isVisible();
        assertThat(page.getByText("Trend over all 3 surveys: the cohort is", new Page.GetByTextOptions().setExact(false))).isVisible();
        // its survey asks looking-back (then-test) versions of the hope and goals questions in the later surveys
        Locator thenTest = caption(ThenTestTable.TITLE + ": All teams");
        assertThat(thenTest).isVisible();
        Locator hopeThen = page.locator("table:has(caption:text-is('" + ThenTestTable.TITLE + ": All teams')) tr",
                new Page.LocatorOptions().setHasText("Hope and belief"));
        assertThat(hopeThen.first()).not().containsText("hidden");
        assertAccessible("evaluation report with a trend over three waves");

        String csv = new String(download("Download Data for R or SPSS (CSV)"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("friedman_chi_square,friedman_df,friedman_p,kendall_w")
                .contains("response_shift_d_z,then_test_reason,all_before_n").endsWith("independent_common_language,independent_reason");
        assertThat(csv.lines().filter(l -> l.contains(",trend-theme,") && l.contains(",cohort,six-month-follow-up,3,"))).isNotEmpty();
        byte[] xlsx = download("Download Spreadsheet (XLSX)");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).contains("Trend", "Then-test");
        }
        PdfReader reader = new PdfReader(download("Download Board paper (PDF)"));
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        assertThat(text.toString()).contains("Trend over all surveys", "Theme scores over all surveys", "Looking back (then-test)",
                "Howard, 1980");
    }

    @Test
    void aSmallTeamAndTheNextSmallestAreHiddenOnThePage() {
        if (programmes.programme("report-browser").isEmpty()) {
            createSmallProgramme();
        }
        signIn("evaluator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Evan Evaluator"))).isVisible();
        page.navigate(url("reports/evaluation?programme=report-browser"));
        Locator teams = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Average change in each theme, team by team"));
        assertThat(teams).isVisible();
        Locator charlie = teams.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Browser Charlie"));
        Locator bravo = teams.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Browser Bravo"));
        Locator alpha = teams.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Browser Alpha"));
        assertThat(charlie.locator("td.lantern-suppressed").first()).hasText("fewer than 5");
        assertThat(bravo.locator("td.lantern-suppressed").first()).hasText("hidden");
        assertThat(alpha.locator("td.lantern-suppressed")).hasCount(0);
        assertAccessible("evaluation report with hidden teams");
    }

    @Test
    void theEvaluatorReleasesFiguresThatTheManagerOnlySeesAfterwards() {
        if (programmes.programme("browser-release").isEmpty()) {
            createProgramme("browser-release", List.of("Community Team North", "Browser Release Other"), new int[]{8, 7}, "R");
        }
        // before the release: the manager of Community Team North sees no figures
        signIn("manager", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Morgan Manager"))).isVisible();
        page.navigate(url("reports/evaluation?programme=browser-release"));
        assertThat(page.getByText("Figures for your team will appear here once an evaluator releases them.",
                new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.locator("caption")).hasCount(0);
        assertAccessible("evaluation report before release, manager");
        context.clearCookies();

        // the evaluator reviews what people wrote, removes one answer and releases
        signIn("evaluator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Evan Evaluator"))).isVisible();
        page.navigate(url("reports/evaluation?programme=browser-release"));
        assertThat(page.getByText("No figures have been released for these surveys yet.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, named("Release figures…")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Written answers that will be shown")).isVisible();
        assertAccessible("release dialog");
        Locator named = dialog.locator(".lantern-release-comment", new Locator.LocatorOptions().setHasText("Sam Smith"));
        named.getByRole(AriaRole.CHECKBOX).check();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Release").setExact(true)).click();
        assertThat(caption("Theme scores: All teams")).isVisible();
        assertThat(page.getByText("1 answer was removed by the evaluator before the release.")).isVisible();
        assertThat(page.getByText("Sam Smith", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        context.clearCookies();

        // after the release: the manager sees their own team's figures, and no other team's
        signIn("manager", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Morgan Manager"))).isVisible();
        page.navigate(url("reports/evaluation?programme=browser-release"));
        assertThat(caption("Theme scores: Community Team North")).isVisible();
        assertThat(page.getByText("Browser Release Other")).hasCount(0);
        context.clearCookies();

        // late paper answers: the evaluator sees them waiting for a new release
        importAnswers("browser-release", List.of("Community Team North", "Browser Release Other"), new int[]{3, 3}, "L");
        signIn("evaluator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Evan Evaluator"))).isVisible();
        page.navigate(url("reports/evaluation?programme=browser-release"));
        assertThat(page.getByText("New responses since the last release: 12 (from 6 people).")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Make a new release…"))).isVisible();
        assertAccessible("evaluation report with new responses since the release");
    }

    /** Text-bearing elements of the page or the release dialog (tables scroll inside themselves). */
    private static final String CHECKED = """
            [...document.querySelectorAll('.lantern-page :is(h1, h2, h3, p, li, a, label, vaadin-button, vaadin-select), '
                    + '.lantern-release-comment :is(p, vaadin-checkbox), vaadin-dialog-overlay vaadin-button')]
                .filter(e => !e.closest('.lantern-table-scroll') && e.getClientRects().length > 0)""";
    /** Those whose right edge is past the screen. */
    private static final String OFF_THE_EDGE = "() => " + CHECKED + """
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                .map(e => e.tagName + ': ' + e.textContent.trim().slice(0, 60))""";

    @Test
    void onA320PixelScreenTheReleasePanelDialogAndReportKeepTheirTextOnScreen() {
        if (programmes.programme("browser-narrow").isEmpty()) {
            createProgramme("browser-narrow", List.of("Narrow Release Alpha", "Narrow Release Bravo"), new int[]{6, 7}, "N");
        }
        context.close();
        context = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(320, 640));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        signIn("evaluator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Evan Evaluator"))).isVisible();
        page.navigate(url("reports/evaluation?programme=browser-narrow"));
        assertThat(page.getByRole(AriaRole.BUTTON, named("Release figures…"))).isVisible();
        settle();
        assertThat((List<?>) page.evaluate(OFF_THE_EDGE)).as("release panel").isEmpty();
        page.getByRole(AriaRole.BUTTON, named("Release figures…")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("Written answers that will be shown")).isVisible();
        settle();
        assertThat((List<?>) page.evaluate(OFF_THE_EDGE)).as("release dialog").isEmpty();
        assertThat(((Number) page.evaluate("() => " + CHECKED + ".filter(e => e.closest('.lantern-release-comment')).length"))
                .intValue()).as("the dialog's comments were checked").isGreaterThanOrEqualTo(13);
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Release").setExact(true)).click();
        assertThat(caption("Theme scores: All teams")).isVisible();
        settle();
        assertThat((List<?>) page.evaluate(OFF_THE_EDGE)).as("released report").isEmpty();
    }

    /** A finished programme answered on paper: every person before and after, varied answers, a comment after. */
    private void createProgramme(String key, List<String> teams, int[] sizes, String prefix) {
        var survey = programmes.survey("recovery-knowledge").orElseThrow();
        LocalDate start = LocalDate.now().minusDays(200);
        programmes.createProgramme(account("evaluator"), new NewProgramme(key, "Browser release", survey.key(), teams, List.of(
                new NewProgramme.NewWave("before", start, start.plusDays(10)),
                new NewProgramme.NewWave("after", start.plusDays(100), start.plusDays(110)))));
        importAnswers(key, teams, sizes, prefix);
    }

    private void importAnswers(String key, List<String> teams, int[] sizes, String prefix) {
        var survey = programmes.survey("recovery-knowledge").orElseThrow();
        List<String> questions = survey.items().stream().filter(i -> i.type() == SurveyDefinition.ItemType.LIKERT)
                .map(SurveyDefinition.Item::key).toList();
        StringBuilder csv = new StringBuilder("participant,team,wave," + String.join(",", questions) + ",comments\n");
        for (int t = 0; t < teams.size(); t++) {
            for (int p = 0; p < sizes[t]; p++) {
                for (String wave : List.of("before", "after")) {
                    csv.append(prefix).append(t).append('-').append(p).append(',').append(teams.get(t)).append(',').append(wave);
                    for (int q = 0; q < questions.size(); q++) {
                        int before = 1 + (p * 3 + q) % 5;
                        int after = Math.max(1, Math.min(5, before + (p + q * 2) % 3 - 1));
                        csv.append(',').append(wave.equals("after") ? after : before);
                    }
                    csv.append(',').append(wave.equals("after") ? (t == 0 && p == 2 ? "Our ward manager Sam Smith helped most"
                            : "Answer " + prefix + t + p) : "").append('\n');
                }
            }
        }
        var result = responseImport.importCsv(account("evaluator"), key, new StringReader(csv.toString()), false, n -> { });
        assertThat(result.rejected()).isEmpty();
    }

    private void createSmallProgramme() {
        var survey = programmes.survey("recovery-knowledge").orElseThrow();
        LocalDate start = LocalDate.now().minusDays(200);
        List<String> teams = List.of("Browser Alpha", "Browser Bravo", "Browser Charlie");
        programmes.createProgramme(account("evaluator"), new NewProgramme("report-browser", "Browser report", survey.key(), teams, List.of(
                new NewProgramme.NewWave("before", start, start.plusDays(10)),
                new NewProgramme.NewWave("after", start.plusDays(100), start.plusDays(110)))));
        List<String> questions = survey.items().stream().filter(i -> i.type() == SurveyDefinition.ItemType.LIKERT)
                .map(SurveyDefinition.Item::key).toList();
        StringBuilder csv = new StringBuilder("participant,team,wave," + String.join(",", questions) + "\n");
        int[] sizes = {8, 6, 2};
        for (int t = 0; t < teams.size(); t++) {
            for (int p = 0; p < sizes[t]; p++) {
                for (String wave : List.of("before", "after")) {
                    csv.append("B").append(t).append(p).append(',').append(teams.get(t)).append(',').append(wave);
                    for (int q = 0; q < questions.size(); q++) {
                        int before = 1 + (p * 3 + q) % 5;
                        int after = Math.max(1, Math.min(5, before + (p + q * 2) % 3 - 1));
                        csv.append(',').append(wave.equals("after") ? after : before);
                    }
                    csv.append('\n');
                }
            }
        }
        responseImport.importCsv(account("evaluator"), "report-browser", new StringReader(csv.toString()), false, n -> { });
        releases.release(account("evaluator"), "report-browser", null, null, java.util.Set.of(), null);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
