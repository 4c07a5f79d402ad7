package org.lantern.browser;

import org.lantern.base.security.Account;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.base.security.Role;
import org.lantern.people.Team;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.NewSession;
import org.lantern.reflection.Sessions;
import org.lantern.selfreview.SelfReviewService;
import org.lantern.stories.StoryLibrary;
import org.lantern.stories.StoryModeration;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.OpenSurvey;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.SurveyAnswering;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * axe-core (WCAG 2.2 A/AA, no serious or critical violations) on every main page, signed in as
 * each role, one browser page per role; and keyboard-only journeys (Tab, Enter, Space and arrow
 * keys, no mouse) through a lesson, a survey and facilitation mode.
 */
class AccessibilitySweepBrowserTest extends BrowserTest {

    @Autowired
    TrainingService training;
    @Autowired
    StoryLibrary library;
    @Autowired
    StoryModeration moderation;
    @Autowired
    Sessions reflection;
    @Autowired
    SelfReviewService selfReviews;
    @Autowired
    PeopleService people;
    @Autowired
    Programmes programmes;
    @Autowired
    SurveyAnswering answering;

    private long keyboardSession;

    /** Own accounts, team, programme and session for the keyboard journeys, so no demo account's progress changes. */
    @BeforeAll
    void keyboardData() {
        Team team = people.createTeam("Keyboard Team", "Keyboard service");
        people.createAccount(new NewAccount("keyboard.staff", "Kim Keyboard", "keyboard-password", Set.of(Role.STAFF),
                Set.of(team.id()), Set.of()));
        people.createAccount(new NewAccount("keyboard.manager", "Kit Keyboard-Manager", "keyboard-password",
                Set.of(Role.STAFF, Role.MANAGER), Set.of(), Set.of(team.id())));
        LocalDate today = LocalDate.now();
        programmes.createProgramme(account("evaluator"), new NewProgramme("keyboard-pilot", "Keyboard pilot", "recovery-knowledge",
                List.of(team.name()), List.of(new NewProgramme.NewWave("before", today.minusDays(1), today.plusDays(10)),
                        new NewProgramme.NewWave("after", today.plusDays(60), today.plusDays(70)))));
        keyboardSession = reflection.plan(account("keyboard.manager"), new NewSession(team.id(), LocalDateTime.now().minusMinutes(5), 60,
                FocusType.TOPIC, "Saying yes to a risky plan", "what-so-what-now-what", "")).id();
    }

    // --- axe-core on every main page, per role -----------------------------------------------------

    @Test
    void staffPages() {
        TrainingModule module = training.modules().getFirst();
        TrainingModule.Lesson lesson = module.lessons().get(Math.min(2, module.lessons().size() - 1));
        long north = people.findTeamByName("Community Team North").orElseThrow().id();
        sweep("staff", List.of("", "learn", "learn/" + module.key(), "learn/" + module.key() + "/lesson/" + lesson.key(),
                "learn/" + module.key() + "/check", "journal", "tools", "tools/safety-plan", "stories",
                "stories/" + library.newest(1).getFirst().slug(), "stories/write", "stories/mine", "surveys",
                "sessions", "sessions/" + northSession(north), "actions", "self-review",
                "self-review/" + selfReviews.reviews(account("staff"), north).getFirst().id(), "account"));
    }

    @Test
    void managerPages() {
        // the open survey's page is checked as the manager (also a member of Community Team North): opening
        // it starts a draft, and the demo staff member's "not started yet" is what other tests rely on
        sweep("manager", List.of("", "surveys/strengths-pilot/before", "reports/training", "reports/responses",
                "reports/evaluation", "sessions"));
    }

    @Test
    void evaluatorPages() {
        sweep("evaluator", List.of("", "programmes", "programmes/recovery-practice-2026", "reports/evaluation",
                "reports/self-review"));
    }

    @Test
    void editorPages() {
        sweep("editor", List.of("", "moderation", "moderation/" + moderation.moderationQueue().getFirst().story().id(),
                "admin/content"));
    }

    @Test
    void adminPages() {
        sweep("admin", List.of("", "admin/people", "account"));
    }

    private void sweep(String user, List<String> locations) {
        signIn(user, "demo");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Hello");
        List<String> failures = new ArrayList<>();
        for (String location : locations) {
            page.navigate(url(location));
            assertThat(page.locator("h1").first()).isVisible();
            try {
                assertAccessible(user + " on /" + location);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        assertThat(failures).as("pages with serious or critical axe-core violations").isEmpty();
    }

    private long northSession(long teamId) {
        return reflection.sessionsFor(account("staff")).stream().filter(s -> s.teamId() == teamId).findFirst().orElseThrow().id();
    }

    // --- keyboard-only journeys ---------------------------------------------------------------------

    @Test
    void aLessonWithTheKeyboardOnly() {
        TrainingModule module = training.modules().getFirst();
        signInWithKeyboard("keyboard.staff");
        page.navigate(url("learn/" + module.key()));
        assertThat(page.getByRole(AriaRole.HEADING, named(module.title()))).isVisible();
        tabTo("Start the first lesson");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, named(module.lessons().get(0).title()))).isVisible();
        tabTo("Mark as done");
        page.keyboard().press("Space");
        assertThat(page.getByText("You have marked this lesson as done.")).isVisible();
        tabTo("Next: " + module.lessons().get(1).title());
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, named(module.lessons().get(1).title()))).isVisible();
        assertThat(training.progress(account("keyboard.staff"), module.key()).orElseThrow().lessonsDone()).isEqualTo(1);
    }

    @Test
    void aSurveyWithTheKeyboardOnly() {
        signInWithKeyboard("keyboard.staff");
        page.navigate(url("surveys/keyboard-pilot/before"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Keyboard pilot"))).isVisible();
        for (int question = 0; question < 3; question++) {
            tabUntil("document.activeElement && document.activeElement.closest('vaadin-radio-group') && "
                    + "!document.activeElement.closest('vaadin-radio-group').value", "an unanswered question");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowDown");
            assertThat(page.evaluate("() => document.activeElement.closest('vaadin-radio-group').value"))
                    .as("the arrow keys chose an answer to question %d", question + 1).isNotEqualTo("");
            assertThat(page.getByText("Saved.").first()).isVisible();
            settle();
        }
        tabUntil("document.activeElement && document.activeElement.closest('vaadin-text-area')", "a written answer");
        page.keyboard().type("Typed without a mouse");
        page.keyboard().press("Tab");
        settle();
        page.waitForTimeout(1_000);   // the written answer is saved when the field loses focus
        assertThat(answering.startOrResume(account("keyboard.staff"), "keyboard-pilot", "before").answers())
                .as("answers saved as they were given").hasSize(4);

        tabTo("Submit my answers");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Submit"))).isVisible();
        tabTo("Submit");
        page.keyboard().press("Enter");
        assertThat(page.getByText("Thank you. You submitted the before survey on ", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(answering.openSurveysFor(account("keyboard.staff"))).extracting(OpenSurvey::status).containsExactly(OpenSurvey.Status.SUBMITTED);
    }

    @Test
    void facilitationModeWithTheKeyboardOnly() {
        signInWithKeyboard("keyboard.manager");
        page.navigate(url("sessions/" + keyboardSession + "/facilitate"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Ground rules"))).isVisible();
        settle();
        page.keyboard().press("ArrowRight");
        assertThat(page.getByRole(AriaRole.HEADING, named("Who is here"))).isVisible();
        settle();
        page.keyboard().press("ArrowRight");
        assertThat(page.getByRole(AriaRole.HEADING, named("Actions from last time"))).isVisible();
        settle();
        page.keyboard().press("PageDown");
        assertThat(page.getByText("Step 4 of", new Page.GetByTextOptions().setExact(false))).isVisible();
        settle();
        page.keyboard().press("ArrowLeft");
        assertThat(page.getByRole(AriaRole.HEADING, named("Actions from last time"))).isVisible();
        settle();
        page.keyboard().press("PageDown");
        settle();
        page.keyboard().press("ArrowRight");
        assertThat(page.getByText("Step 5 of", new Page.GetByTextOptions().setExact(false))).isVisible();
        settle();
        page.keyboard().press("t");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Pause timer"))).isVisible();
        settle();
        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.HEADING, named("Attendance"))).isVisible();
    }

    /** Signs in by typing and pressing Enter. */
    private void signInWithKeyboard(String user) {
        page.navigate(url("login"));
        page.getByLabel("User name").focus();
        page.keyboard().type(user);
        page.keyboard().press("Tab");
        page.keyboard().type("keyboard-password");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Hello");
    }

    /** Presses Tab until the focused control's name is exactly this (at most 80 times). */
    private void tabTo(String name) {
        settle();
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            String focused = (String) page.evaluate("() => { const e = document.activeElement; if (!e) return ''; "
                    + "return (e.getAttribute('aria-label') || e.innerText || e.textContent || '').replace(/\\s+/g, ' ').trim(); }");
            if (focused.equals(name)) {
                return;
            }
        }
        fail("Pressing Tab never reached '" + name + "'");
    }

    /** Presses Tab until a script about the focused element is true (at most 80 times). */
    private void tabUntil(String condition, String what) {
        settle();
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("() => !!(" + condition + ")"))) {
                return;
            }
        }
        fail("Pressing Tab never reached " + what);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }
}
