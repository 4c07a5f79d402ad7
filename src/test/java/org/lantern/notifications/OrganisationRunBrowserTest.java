package org.lantern.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.browser.BrowserTest;
import org.lantern.people.Directory;
import org.lantern.people.PeopleImport;
import org.lantern.people.PeopleService;
import org.lantern.surveys.Programme;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.SurveyAnswering;
import org.lantern.surveys.SurveyInvitations;
import org.lantern.people.TestTeams;
import org.lantern.training.Compliance;
import org.lantern.training.Requirement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lantern.notifications.NotificationFixture.account;
import static org.lantern.notifications.NotificationFixture.staffTeam;
import static org.lantern.notifications.NotificationFixture.subjects;

/**
 * Issue 20, done means, in a real browser: a manager assigns a module to their team with a due date and
 * a staff member sees it as required, then gets the in-app notice when it is due soon; an evaluator creates
 * a programme whose first survey opens today, the invitations reach a real SMTP server (GreenMail) and the
 * people's bells, and a week later (the scheduler's check and sender run at that time) only the person who
 * has not submitted is reminded, and sees the reminder in Lantern.
 */
class OrganisationRunBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Browser-run-2026!";

    @Autowired
    NotificationRepository repository;
    @Autowired
    NotificationMailer mailer;
    @Autowired
    SurveyInvitations invitations;
    @Autowired
    Directory directory;
    @Autowired
    ObjectProvider<JavaMailSender> mail;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PeopleImport imports;
    @Autowired
    PeopleService people;
    @Autowired
    Programmes programmes;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    Compliance compliance;

    private GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = NotificationFixture.startMailServer();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    /** The scheduler's minute: the wave check, then the sender, as they would run at that moment. */
    private void schedulerRunsAt(Instant now) {
        Clock clock = Clock.fixed(now, ZoneId.systemDefault());
        Notifications notifications = new Notifications(repository, directory, mail, clock);
        SurveyNotifications surveys = new SurveyNotifications(invitations, notifications, clock);
        surveys.check();
        new NotificationSender(repository, mailer, surveys, notifications, directory, transactions, clock).sendDue();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private void newPage() {
        context.close();
        context = page.context().browser().newContext();
        page = context.newPage();
    }

    @Test
    void anEvaluatorOpensASurveyInvitationsArriveAndAWeekLaterOnlyTheNonSubmitterIsReminded() {
        String prefix = "orgrun" + System.nanoTime() % 100000;
        String team = staffTeam(imports, people, prefix, 2);
        for (int i = 1; i <= 2; i++) {
            people.resetPassword(account(people, prefix + "-" + i).id(), PASSWORD);
        }
        String title = "Launch " + prefix;

        // the evaluator creates the programme in the browser; its first survey opens today
        signIn("evaluator", "demo");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hello, Evan Evaluator"))).isVisible();
        page.navigate(url("programmes"));
        page.getByRole(AriaRole.BUTTON, named("New programme")).click();
        page.getByLabel("Key", new Page.GetByLabelOptions().setExact(true)).fill(prefix);
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        Locator teams = page.getByRole(AriaRole.COMBOBOX, named("Teams"));
        teams.fill(team);
        teams.press("Enter");
        teams.press("Tab");
        page.getByRole(AriaRole.BUTTON, named("Create programme")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named(title))).isVisible();
        Programme programme = programmes.programme(prefix).orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(programme.waves().getFirst().isOpen(today)).as("the first survey opens today").isTrue();

        // within the scheduler's next minute: one invitation each, by e-mail and in Lantern
        Instant now = Instant.now();
        schedulerRunsAt(now);
        schedulerRunsAt(now.plusSeconds(60));
        for (int i = 1; i <= 2; i++) {
            String address = prefix + "-" + i + "@example.org";
            await().atMost(Duration.ofSeconds(20)).until(() -> NotificationFixture.to(smtp, address).size() == 1);
            assertThat(subjects(smtp, address)).containsExactly("A survey is open: " + title);
        }
        newPage();
        signIn(prefix + "-1", PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, named("Notifications, 1 unread"))).isVisible();

        // person 1 answers and submits; a week later only person 2 is reminded, once however often the check runs
        String wave = programme.waves().getFirst().key();
        answering.startOrResume(account(people, prefix + "-1"), prefix, wave);
        answering.saveAnswer(account(people, prefix + "-1"), prefix, wave, "hope-1", "4");
        answering.submit(account(people, prefix + "-1"), prefix, wave);
        Instant weekLater = now.plus(Duration.ofDays(7));
        schedulerRunsAt(weekLater);
        schedulerRunsAt(weekLater.plus(Duration.ofHours(2)));
        assertThat(subjects(smtp, prefix + "-1@example.org")).hasSize(1);
        assertThat(subjects(smtp, prefix + "-2@example.org")).hasSize(2).last().asString()
                .startsWith("Reminder: a survey is open until");

        newPage();
        signIn(prefix + "-2", PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, named("Notifications, 2 unread"))).isVisible();
        page.navigate(url("notifications"));
        assertThat(page.getByText("Reminder: a survey is open until", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertAccessible("notifications with an invitation and a reminder");
    }

    @Test
    void aManagerAssignsAModuleAndTheStaffMemberIsToldInLanternWhenItIsDueSoon() {
        TestTeams.TestTeam team = TestTeams.create(people, "orgrun" + System.nanoTime() % 100000, 1);
        LocalDate due = LocalDate.now(ZoneId.systemDefault()).plusDays(30);
        signIn(team.manager(), "demo");
        page.navigate(url("learn/required"));
        page.getByRole(AriaRole.BUTTON, named("Assign a module")).click();
        page.getByLabel("Module").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Working with strengths")).click();
        page.getByLabel("Teams").click();
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(team.manager()
                .replace(".manager", " team"))).click();
        page.keyboard().press("Escape");
        page.getByLabel("Due by").fill(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(due));
        page.getByLabel("Due by").press("Enter");
        page.getByRole(AriaRole.BUTTON, named("Save")).click();

        newPage();
        signIn(team.staff().getFirst(), "demo");
        assertThat(page.locator("a.lantern-required").first()).hasText("Required: Working with strengths, due " + Requirement.DATE.format(due));
        assertThat(page.getByRole(AriaRole.LINK, named("Notifications, none unread"))).isVisible();

        // the hourly check, 20 days later: due within 14 days, so one notice, however often it runs
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(20)), ZoneId.systemDefault());
        Notifications notifications = new Notifications(repository, directory, mail, later);
        // (the team's manager is one of its members, and other tests' assignments may be due then too)
        assertThat(new TrainingNotifications(compliance, notifications, later).check()).isPositive();
        assertThat(new TrainingNotifications(compliance, notifications, later).check()).as("run again: nothing new").isZero();
        page.reload();
        assertThat(page.getByRole(AriaRole.LINK, named("Notifications, 1 unread"))).isVisible();
        page.navigate(url("notifications"));
        assertThat(page.getByText("Required learning due by " + Requirement.DATE.format(due)).first()).isVisible();
    }
}
