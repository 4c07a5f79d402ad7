package org.lantern.notifications;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.actions.ActionOrigin;
import org.lantern.actions.Actions;
import org.lantern.base.security.Account;
import org.lantern.people.Directory;
import org.lantern.people.PeopleImport;
import org.lantern.people.PeopleService;
import org.lantern.stories.PracticeStory;
import org.lantern.stories.StoryDraft;
import org.lantern.stories.StoryModeration;
import org.lantern.stories.StoryWriting;
import org.lantern.training.Compliance;
import org.lantern.training.RequiredModule;
import org.lantern.training.RequiredModules;
import org.lantern.training.TrainingService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lantern.notifications.NotificationEventsTest.prefix;
import static org.lantern.notifications.NotificationEventsTest.teamWithManager;
import static org.lantern.notifications.NotificationFixture.account;
import static org.lantern.notifications.NotificationFixture.subjects;
import static org.lantern.notifications.NotificationFixture.to;

/**
 * Required learning due and overdue (on a pinned clock), actions assigned and overdue, and story
 * decisions, each e-mailed once through a real SMTP server (GreenMail).
 */
@LanternTest
class TeamEventNotificationsTest {

    private static final String RISK = "positive-risk-taking";

    @Autowired
    PeopleImport imports;
    @Autowired
    PeopleService people;
    @Autowired
    NotificationRepository repository;
    @Autowired
    Directory directory;
    @Autowired
    ObjectProvider<JavaMailSender> mail;
    @Autowired
    NotificationSender sender;
    @Autowired
    Compliance compliance;
    @Autowired
    RequiredModules required;
    @Autowired
    TrainingService training;
    @Autowired
    Actions actions;
    @Autowired
    ActionNotifications actionNotifications;
    @Autowired
    StoryWriting writing;
    @Autowired
    StoryModeration moderation;
    @Autowired
    Clock clock;
    @Autowired
    NotificationMailer mailer;
    @Autowired
    SurveyNotifications surveys;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = NotificationFixture.startMailServer();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    /** The required learning check as it runs on the day (a pinned clock). */
    private int checkTrainingOn(LocalDate day) {
        Clock pinned = Clock.fixed(day.atTime(7, 0).atZone(clock.getZone()).toInstant(), clock.getZone());
        return new TrainingNotifications(compliance, new Notifications(repository, directory, mail, pinned), pinned).check();
    }

    @Test
    void requiredLearningIsAnnouncedFourteenDaysBeforeAndOnceOverdueButNotToWhoeverCompletedIt() {
        String prefix = prefix("req");
        long team = teamWithManager(imports, people, prefix);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(20);
        required.assign(account(people, "admin"), new RequiredModule.Request(RISK, due, Set.of(team), Set.of()));
        complete(account(people, prefix + "-2"));
        Account waiting = account(people, prefix + "-1");

        checkTrainingOn(today.plusDays(5));
        assertThat(kinds(waiting)).as("15 days before: not yet").isEmpty();
        checkTrainingOn(today.plusDays(6));
        checkTrainingOn(today.plusDays(7));
        assertThat(kinds(waiting)).containsExactly(NotificationKind.REQUIRED_LEARNING_DUE);
        checkTrainingOn(due);
        checkTrainingOn(due.plusDays(1));
        checkTrainingOn(due.plusDays(9));
        assertThat(kinds(waiting)).containsExactly(NotificationKind.REQUIRED_LEARNING_OVERDUE, NotificationKind.REQUIRED_LEARNING_DUE);
        assertThat(kinds(account(people, prefix + "-2"))).as("completed before the date").isEmpty();

        // the notices are due when they were written (in the future of the real clock): a sender at that time sends them
        Clock later = Clock.fixed(due.plusDays(10).atStartOfDay(clock.getZone()).toInstant(), clock.getZone());
        new NotificationSender(repository, mailer, surveys, new Notifications(repository, directory, mail, later), directory,
                transactions, later).sendDue();
        await().atMost(Duration.ofSeconds(20)).until(() -> to(smtp, prefix + "-1@example.org").size() == 2);
        assertThat(subjects(smtp, prefix + "-1@example.org")).containsExactlyInAnyOrder(
                "Required learning due by " + org.lantern.training.Requirement.DATE.format(due), "Required learning is overdue");
        assertThat(to(smtp, prefix + "-2@example.org")).isEmpty();
    }

    @Test
    void aCompletionThatIsAboutToLapseAsksThePersonToRefreshItOnce() {
        String prefix = prefix("refresh");
        long team = teamWithManager(imports, people, prefix);
        LocalDate today = LocalDate.now(clock);
        required.assign(account(people, "admin"), new RequiredModule.Request(RISK, today.plusDays(20), Set.of(team), Set.of()));
        Account person = account(people, prefix + "-1");
        complete(person);
        LocalDate lapses = training.progress(person, RISK).orElseThrow().validUntil();
        assertThat(lapses).as("positive risk-taking is valid for two years").isNotNull();

        checkTrainingOn(lapses.minusDays(61));
        assertThat(kinds(person)).as("before the refresh window").isEmpty();
        checkTrainingOn(lapses.minusDays(60));
        checkTrainingOn(lapses.minusDays(30));
        assertThat(repository.latest(person.id(), 50)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REQUIRED_LEARNING_DUE);
            assertThat(n.title()).isEqualTo("Time to refresh required learning, by " + org.lantern.training.Requirement.DATE.format(lapses));
        });
    }

    @Test
    void anActionGoesToItsOwnerOrTheTeamsManagersAndIsOverdueOnce() {
        String prefix = prefix("act");
        long team = teamWithManager(imports, people, prefix);
        Account manager = account(people, prefix + "-m");
        Account owner = account(people, prefix + "-1");
        Account other = account(people, prefix + "-2");
        LocalDate yesterday = LocalDate.now(actions.clock()).minusDays(1);

        actions.add(manager, team, "Book the team's safeguarding refresher", owner.id(), yesterday, ActionOrigin.DIRECT, null);
        actions.add(other, team, "Put the new rota on the board", null, null, ActionOrigin.DIRECT, null);
        assertThat(kinds(owner)).containsExactly(NotificationKind.ACTION_ASSIGNED);
        assertThat(kinds(manager)).as("a team action goes to its manager; their own adding tells nobody").containsExactly(NotificationKind.ACTION_ASSIGNED);
        assertThat(kinds(other)).isEmpty();

        actionNotifications.checkOverdue();
        actionNotifications.checkOverdue();
        assertThat(kinds(owner)).containsExactly(NotificationKind.ACTION_OVERDUE, NotificationKind.ACTION_ASSIGNED);
        sender.sendDue();
        await().atMost(Duration.ofSeconds(20)).until(() -> to(smtp, prefix + "-1@example.org").size() == 2);
        assertThat(subjects(smtp, prefix + "-1@example.org")).containsExactlyInAnyOrder("An action for you", "An action is overdue");
        await().atMost(Duration.ofSeconds(20)).until(() -> to(smtp, prefix + "-m@example.org").size() == 1);
        assertThat(subjects(smtp, prefix + "-m@example.org")).containsExactly("An action for your team");
    }

    @Test
    void aStorysAuthorHearsEachDecisionWithTheEditorsNote() {
        String prefix = prefix("story");
        teamWithManager(imports, people, prefix);
        Account author = account(people, prefix + "-1");
        StoryDraft draft = new StoryDraft("Walking to the allotment " + prefix, "A short summary about a walk.",
                "This is a story about a walk and what the team learned from it. We sat down together, talked about what "
                        + "mattered to her, and wrote a plan in her own words. It took longer than doing it for her, but she "
                        + "said it was the first plan that felt like hers.", List.of("recovery", "hope"), "supported-living", "support-worker");
        PracticeStory story = writing.submit(author, null, draft, true);
        moderation.requestChanges(account(people, "editor"), story.id(), "Please say a little more about what changed.");
        writing.submit(author, story.id(), draft, true);
        moderation.approve(account(people, "editor"), story.id(), "");

        sender.sendDue();
        await().atMost(Duration.ofSeconds(20)).until(() -> to(smtp, prefix + "-1@example.org").size() == 2);
        assertThat(subjects(smtp, prefix + "-1@example.org"))
                .containsExactlyInAnyOrder("Your story was sent back for changes", "Your story was approved");
        assertThat(to(smtp, prefix + "-1@example.org").stream().map(NotificationFixture::body))
                .anySatisfy(b -> assertThat(b).contains("Please say a little more about what changed."));
    }

    private List<NotificationKind> kinds(Account account) {
        return repository.latest(account.id(), 50).stream().map(Notification::kind).toList();
    }

    private void complete(Account person) {
        training.module(RISK).orElseThrow().lessons().forEach(l -> training.markDone(person, RISK, l.key()));
        Map<String, Set<Integer>> answers = new HashMap<>();
        training.drawCheck(person, RISK).asked().forEach(q -> answers.put(q.key(), q.correctOptions()));
        assertThat(training.submitCheck(person, RISK, answers).passed()).isTrue();
    }
}
