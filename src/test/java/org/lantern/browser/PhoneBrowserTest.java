package org.lantern.browser;

import org.lantern.base.security.Account;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.journal.JournalService;
import org.lantern.people.PeopleService;
import org.lantern.people.TestTeams;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.NewSession;
import org.lantern.reflection.Sessions;
import org.lantern.stories.StoryLibrary;
import org.lantern.stories.StoryModeration;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.SurveyAnswering;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a care worker on a phone. On a 320 x 640 screen (WCAG 2.2's reflow width, American English
 * browser) and a 390 x 844 phone (British English), touch, each role opens every main page and the deep
 * pages used on shift: a lesson to its end, a knowledge check, an open survey, team responses, the
 * evaluation report and facilitation mode. A page fails when it scrolls sideways, when visible text
 * runs past the screen's edge outside a table or chart that scrolls inside itself, when a field's label
 * is cut off, or when a primary action is smaller than 44 by 44 CSS pixels.
 */
class PhoneBrowserTest extends BrowserTest {

    /** Everything wrong with the page on this screen, as readable lines; empty when it fits. */
    static final String PROBLEMS = """
            () => {
              const width = window.innerWidth;
              const visible = e => e.getClientRects().length > 0 && e.getBoundingClientRect().width > 0;
              const problems = [];
              if (document.documentElement.scrollWidth > width + 1) {
                problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide');
              }
              const roots = [...document.querySelectorAll('.lantern-page, .lantern-facilitate, .lantern-header, .lantern-login')];
              // a table or chart wider than the screen must scroll inside itself and say so
              for (const box of document.querySelectorAll('.lantern-table-scroll, .lantern-chart-drawing')) {
                // a table behind a closed disclosure is not on screen (Chromium may still lay it out);
                // once opened, its own hint shows with it
                if (box.closest('details:not([open])') || !visible(box)) continue;
                const hint = box.closest('.lantern-wide-table, .lantern-chart-block');
                const said = hint && [...hint.querySelectorAll('.lantern-scroll-hint')].some(visible);
                if (box.scrollWidth > box.clientWidth + 1 && !said) {
                  problems.push('scrolls sideways without saying so: ' + (box.getAttribute('aria-label') || box.className));
                }
              }
              const scrolls = 'vaadin-grid, .lantern-chart-drawing, .lantern-chart-box, .lantern-table-scroll, vaadin-dialog-overlay';
              const text = 'h1, h2, h3, h4, p, li, a, label, span, summary, th, td, dt, dd, vaadin-button, vaadin-radio-button, vaadin-checkbox';
              for (const root of roots) {
                for (const e of [root, ...root.querySelectorAll(text)]) {
                  if (e.closest(scrolls) || !visible(e) || !e.textContent.trim()) continue;
                  const r = e.getBoundingClientRect();
                  if (r.right > width + 0.5 || r.left < -0.5) {
                    problems.push('past the edge: ' + e.tagName.toLowerCase() + ' "' + e.textContent.trim().slice(0, 50) + '"');
                  }
                }
                for (const field of root.querySelectorAll('*')) {
                  const label = field.shadowRoot && field.shadowRoot.querySelector('[part~="label"]');
                  if (label && visible(field) && label.textContent.trim() && label.scrollWidth > label.clientWidth + 1) {
                    problems.push('label cut off: "' + label.textContent.trim().slice(0, 50) + '"');
                  }
                }
                for (const action of root.querySelectorAll('vaadin-button[theme~="primary"], a.lantern-action-link')) {
                  const r = action.getBoundingClientRect();
                  if (visible(action) && (r.height < 43.5 || r.width < 43.5)) {
                    problems.push('primary action smaller than 44 px: "' + action.textContent.trim().slice(0, 40) + '" '
                        + Math.round(r.width) + ' x ' + Math.round(r.height));
                  }
                }
              }
              return [...new Set(problems)];
            }
            """;

    @Autowired
    PeopleService people;
    @Autowired
    Programmes programmes;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    Sessions reflection;
    @Autowired
    TrainingService training;
    @Autowired
    StoryLibrary library;
    @Autowired
    StoryModeration moderation;

    @Autowired
    JournalService journal;

    private TestTeams.TestTeam team;
    private long session;
    private long journalEntry;

    /** A team, programme and session of their own, so opening a survey here changes no other test's figures. */
    @BeforeAll
    void phoneData() {
        team = TestTeams.create(people, "phone", 3);
        String teamName = "phone team";
        LocalDate today = LocalDate.now();
        programmes.createProgramme(account("evaluator"), new NewProgramme("phone-pilot", "Phone pilot", "recovery-knowledge-v2",
                List.of(teamName), List.of(new NewProgramme.NewWave("before", today.minusDays(1), today.plusDays(10)),
                        new NewProgramme.NewWave("after", today.plusDays(60), today.plusDays(70)))));
        journalEntry = journal.add(account(team.staff().getFirst()), "A night shift that went well",
                "We planned the handover together and the ward felt calmer.", null, null).id();
        session = reflection.plan(account(team.manager()), new NewSession(team.id(), LocalDateTime.now().minusMinutes(5), 60,
                FocusType.TOPIC, "Saying yes to a risky plan", "what-so-what-now-what", "")).id();
    }

    static Stream<Arguments> screens() {
        return Stream.of(Arguments.of(320, 640, "en-US"), Arguments.of(390, 844, "en-GB"));
    }

    private void phone(int width, int height, String locale) {
        context.close();
        context = page.context().browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale(locale));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @ParameterizedTest(name = "{0} x {1}, {2}")
    @MethodSource("screens")
    void staffPagesFitAPhone(int width, int height, String locale) {
        phone(width, height, locale);
        TrainingModule module = training.modules().getFirst();
        String lesson = "learn/" + module.key() + "/lesson/" + module.lessons().getLast().key();
        check(team.staff().getFirst(), List.of("", "learn", "learn/" + module.key(), lesson,
                "learn/" + module.key() + "/check", "surveys", "surveys/phone-pilot/before", "stories",
                "stories/" + library.newest(1).getFirst().slug(), "stories/write", "stories?q=drive+again+interpreter",
                "journal", "journal/cpd", "journal/reflective-account/" + journalEntry, "tools", "tools/safety-plan",
                "sessions", "sessions/" + session, "actions", "self-review", "account", "notifications", "notifications/preferences"));
    }

    @ParameterizedTest(name = "{0} x {1}, {2}")
    @MethodSource("screens")
    void managerPagesFitAPhone(int width, int height, String locale) {
        phone(width, height, locale);
        check(team.manager(), List.of("", "sessions", "sessions/" + session, "sessions/" + session + "/facilitate",
                "reports/responses", "reports/training", "reports/evaluation", "actions"));
        phone(width, height, locale);   // a browser of their own: a sign-in over the team manager's would end that session
        check("manager", List.of("reports/evaluation"));
    }

    @ParameterizedTest(name = "{0} x {1}, {2}")
    @MethodSource("screens")
    void evaluatorEditorAndAdminPagesFitAPhone(int width, int height, String locale) {
        phone(width, height, locale);
        check("evaluator", List.of("", "programmes", "programmes/recovery-practice-2026",
                "reports/evaluation?programme=recovery-practice-2026", "reports/evaluation?programme=recovery-follow-up-2025",
                "reports/self-review"));
        phone(width, height, locale);
        check("editor", List.of("", "moderation", "moderation/" + moderation.moderationQueue().getFirst().story().id(), "admin/content",
                "admin/checks"));
        phone(width, height, locale);
        check("admin", List.of("", "admin/people", "admin/audit"));
    }

    /**
     * Each person's cookies from their first sign-in here: the second screen size carries them over instead
     * of signing in through the form again (the sign-in page itself is checked by {@link #signInFitsAPhone}).
     */
    private final Map<String, List<Cookie>> signedIn = new HashMap<>();

    private void check(String user, List<String> locations) {
        if (signedIn.containsKey(user)) {
            context.addCookies(signedIn.get(user));
        } else {
            signIn(user, "demo");
            page.waitForURL(u -> !u.contains("login"));
            signedIn.put(user, context.cookies());
        }
        List<String> failures = new ArrayList<>();
        for (String location : locations) {
            page.navigate(url(location));
            assertThat(page.locator("h1").first()).isVisible();
            settle();
            assertThat(page.url()).as("%s still signed in on /%s", user, location).doesNotContain("/login");
            // open every disclosure, so the tables behind them are checked as a person who opens them sees them
            page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");
            settleAndStill(page);
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) page.evaluate(PROBLEMS);
            problems.forEach(p -> failures.add(user + " on /" + location + ": " + p));
        }
        assertThat(failures).as("what does not fit a %d px phone", page.viewportSize().width).isEmpty();
    }

    /** The sign-in page itself, before anyone is signed in. */
    @ParameterizedTest(name = "{0} x {1}, {2}")
    @MethodSource("screens")
    void signInFitsAPhone(int width, int height, String locale) {
        phone(width, height, locale);
        page.navigate(url("login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) page.evaluate(PROBLEMS);
        assertThat(problems).isEmpty();
    }

    /**
     * Coming back to a survey on a phone opens it at the first question not yet answered, with the
     * progress and saved state in view at the foot of the screen; "Next unanswered question" moves on.
     */
    @org.junit.jupiter.api.Test
    void aSurveyResumesAtTheFirstUnansweredQuestion() {
        phone(390, 844, "en-GB");
        String staff = team.staff().get(1);
        var response = answering.startOrResume(account(staff), "phone-pilot", "before");
        var items = response.survey().scoredItems();
        for (int i = 0; i < 3; i++) {
            answering.saveAnswer(account(staff), "phone-pilot", "before", items.get(i).key(), "4");
        }
        signIn(staff, "demo");
        page.waitForURL(u -> !u.contains("login"));
        page.navigate(url("surveys/phone-pilot/before"));
        settle();
        page.waitForTimeout(500);
        assertThat(page.getByText("3 of " + items.size() + " questions answered")).isInViewport();
        assertThat(page.getByText(items.get(3).text(), new Page.GetByTextOptions().setExact(false)).first()).isInViewport();
        assertThat(page.getByText(items.get(0).text(), new Page.GetByTextOptions().setExact(false)).first()).not().isInViewport();

        page.getByText(items.get(3).text(), new Page.GetByTextOptions().setExact(false)).first()
                .locator("xpath=ancestor::vaadin-radio-group").getByRole(AriaRole.RADIO).first().check();
        settle();
        assertThat(page.getByText("4 of " + items.size() + " questions answered")).isInViewport();
        assertThat(page.getByText("Saved.")).isInViewport();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next unanswered question")).click();
        settle();
        page.waitForTimeout(500);
        assertThat(page.getByText(items.get(4).text(), new Page.GetByTextOptions().setExact(false)).first()).isInViewport();
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
