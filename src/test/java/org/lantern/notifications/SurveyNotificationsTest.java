package org.lantern.notifications;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.people.Directory;
import org.lantern.people.PeopleImport;
import org.lantern.people.PeopleService;
import org.lantern.surveys.Programmes;
import org.lantern.surveys.SurveyAnswering;
import org.lantern.surveys.SurveyInvitations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lantern.db.Tables.NOTIFICATION;
import static org.lantern.notifications.NotificationFixture.account;
import static org.lantern.notifications.NotificationFixture.programme;
import static org.lantern.notifications.NotificationFixture.staffTeam;
import static org.lantern.notifications.NotificationFixture.subjects;
import static org.lantern.notifications.NotificationFixture.to;

/**
 * Survey invitations and reminders end to end, with a real SMTP server (GreenMail) and the services
 * run at times the test chooses ("7 days later"). The app's own scheduler runs too, on the real clock:
 * whatever it sends, each e-mail must arrive once.
 */
@LanternTest
class SurveyNotificationsTest {

    private static final AtomicInteger RUN = new AtomicInteger();

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
    DSLContext db;

    GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = NotificationFixture.startMailServer();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    private Notifications notificationsAt(Instant now) {
        return new Notifications(repository, directory, mail, Clock.fixed(now, ZoneId.systemDefault()));
    }

    private SurveyNotifications surveysAt(Instant now) {
        return new SurveyNotifications(invitations, notificationsAt(now), Clock.fixed(now, ZoneId.systemDefault()));
    }

    private NotificationSender senderAt(Instant now) {
        return new NotificationSender(repository, mailer, surveysAt(now), notificationsAt(now), directory, transactions,
                Clock.fixed(now, ZoneId.systemDefault()));
    }

    /** A team of {@code count} staff with addresses and a programme (key: the returned prefix) whose first wave opens on the day. */
    private String tomorrowsProgramme(String name, String title, int count, Instant day) {
        String prefix = name + RUN.incrementAndGet() + "-" + System.nanoTime() % 100000;
        String team = staffTeam(imports, people, prefix, count);
        programme(programmes, people, prefix, title + " " + prefix, team, LocalDate.ofInstant(day, ZoneId.systemDefault()));
        return prefix;
    }

    /** Runs the check and the sender at the time, as the scheduler does every minute. */
    private void runAt(Instant now) {
        surveysAt(now).check();
        senderAt(now).sendDue();
    }

    @Test
    void invitationsArriveAndSevenDaysLaterOnlyThoseWhoHaveNotSubmittedAreRemindedOnce() {
        String prefix = "inv" + RUN.incrementAndGet() + "-" + System.nanoTime() % 100000;
        String team = staffTeam(imports, people, prefix, 3);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        programme(programmes, people, prefix, "Recovery evaluation " + prefix, team, today);

        // the same minute's check twice (or the app's own scheduler beside it): each person invited once
        runAt(now.plus(Duration.ofMinutes(30)));
        runAt(now.plus(Duration.ofMinutes(31)));
        for (int i = 1; i <= 3; i++) {
            String address = prefix + "-" + i + "@example.org";
            await().atMost(Duration.ofSeconds(20)).until(() -> to(smtp, address).size() == 1);
            assertThat(subjects(smtp, address)).containsExactly("A survey is open: Recovery evaluation " + prefix)
                    .allSatisfy(s -> assertThat(s).doesNotContain("Person"));
            MimeMessage invitation = to(smtp, address).getFirst();
            assertThat(NotificationFixture.body(invitation)).contains("surveys/" + prefix + "/before").contains("notifications/preferences");
        }
        assertThat(notificationsAt(now).latest(account(people, prefix + "-1"))).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.SURVEY_INVITATION));

        // person 1 submits; seven days later persons 2 and 3 are reminded, and only once however often the check runs
        answering.startOrResume(account(people, prefix + "-1"), prefix, "before");
        answering.saveAnswer(account(people, prefix + "-1"), prefix, "before", "hope-1", "4");
        answering.submit(account(people, prefix + "-1"), prefix, "before");
        Instant weekLater = now.plus(Duration.ofDays(7));
        runAt(weekLater);
        runAt(weekLater.plus(Duration.ofHours(3)));
        assertThat(subjects(smtp, prefix + "-1@example.org")).hasSize(1);
        for (int i = 2; i <= 3; i++) {
            assertThat(subjects(smtp, prefix + "-" + i + "@example.org")).hasSize(2)
                    .last().asString().startsWith("Reminder: a survey is open until");
        }

        // day 14: a reminder written for person 3 who then submits before it goes is withdrawn, not sent
        answering.startOrResume(account(people, prefix + "-2"), prefix, "before");
        answering.saveAnswer(account(people, prefix + "-2"), prefix, "before", "hope-1", "3");
        answering.submit(account(people, prefix + "-2"), prefix, "before");
        Instant fortnight = now.plus(Duration.ofDays(14));
        surveysAt(fortnight).check();
        for (int i = 1; i <= 3; i++) {
            assertThat(db.fetchExists(NOTIFICATION, NOTIFICATION.ACCOUNT_ID.eq(account(people, prefix + "-" + i).id()),
                    NOTIFICATION.OCCURRENCE.eq("day-14"))).as("day-14 reminder to person " + i).isEqualTo(i == 3);
        }
        answering.startOrResume(account(people, prefix + "-3"), prefix, "before");
        answering.saveAnswer(account(people, prefix + "-3"), prefix, "before", "hope-1", "5");
        answering.submit(account(people, prefix + "-3"), prefix, "before");
        senderAt(fortnight).sendDue();
        assertThat(subjects(smtp, prefix + "-3@example.org")).hasSize(2);
        assertThat(db.fetchValue(NOTIFICATION.MAIL, NOTIFICATION.ACCOUNT_ID.eq(account(people, prefix + "-3").id())
                .and(NOTIFICATION.OCCURRENCE.eq("day-14")))).isEqualTo("withdrawn");
    }

    @Test
    void aDaysDigestComesAsOneEmail() {
        String prefix = "dig" + RUN.incrementAndGet() + "-" + System.nanoTime() % 100000;
        String team = staffTeam(imports, people, prefix, 1);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        LocalDate day = LocalDate.ofInstant(tomorrow, ZoneId.systemDefault());
        notificationsAt(tomorrow).setPreference(account(people, prefix + "-1"), new MailPreference(NotificationKind.SURVEY_INVITATION, true, true));
        programme(programmes, people, prefix + "-a", "Digest A " + prefix, team, day);
        programme(programmes, people, prefix + "-b", "Digest B " + prefix, team, day);

        runAt(tomorrow);
        assertThat(to(smtp, prefix + "-1@example.org")).isEmpty();
        assertThat(senderAt(tomorrow.plus(Duration.ofHours(8))).sendDigests()).isEqualTo(1);
        assertThat(senderAt(tomorrow.plus(Duration.ofHours(9))).sendDigests()).isZero();

        List<MimeMessage> received = to(smtp, prefix + "-1@example.org");
        assertThat(received).hasSize(1);
        assertThat(subjects(smtp, prefix + "-1@example.org")).containsExactly("Lantern: 2 notifications today");
        assertThat(NotificationFixture.body(received.getFirst())).contains("Digest A " + prefix).contains("Digest B " + prefix);
    }

    @Test
    void anEmailThatFailsWhileTheServerIsDownArrivesOnceWhenItIsBack() {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        String prefix = tomorrowsProgramme("down", "Retry", 1, tomorrow);
        smtp.stop();

        surveysAt(tomorrow).check();
        assertThat(senderAt(tomorrow).sendDue()).isZero();
        long id = db.fetchValue(NOTIFICATION.ID, NOTIFICATION.ACCOUNT_ID.eq(account(people, prefix + "-1").id()));
        assertThat(db.fetchValue(NOTIFICATION.MAIL_ATTEMPTS, NOTIFICATION.ID.eq(id))).isEqualTo(1);
        assertThat(db.fetchValue(NOTIFICATION.MAIL, NOTIFICATION.ID.eq(id))).isEqualTo("pending");

        smtp = NotificationFixture.startMailServer();
        // backed off: not tried again within the minute, then sent once
        senderAt(tomorrow.plusSeconds(30)).sendDue();
        assertThat(to(smtp, prefix + "-1@example.org")).isEmpty();
        senderAt(tomorrow.plus(Duration.ofMinutes(2))).sendDue();
        senderAt(tomorrow.plus(Duration.ofMinutes(3))).sendDue();
        assertThat(to(smtp, prefix + "-1@example.org")).hasSize(1);
        assertThat(db.fetchValue(NOTIFICATION.MAIL, NOTIFICATION.ID.eq(id))).isEqualTo("sent");
    }

    @Test
    void withNoMailServerNotificationsAreInLantern() {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        String prefix = tomorrowsProgramme("nomail", "In Lantern only", 1, tomorrow);
        Clock clock = Clock.fixed(tomorrow, ZoneId.systemDefault());
        Notifications inAppOnly = new Notifications(repository, directory,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), clock);
        assertThat(inAppOnly.mailConfigured()).isFalse();

        new SurveyNotifications(invitations, inAppOnly, clock).check();
        assertThat(new NotificationSender(repository, mailer, surveysAt(tomorrow), inAppOnly, directory, transactions, clock).sendDue()).isZero();
        assertThat(inAppOnly.latest(account(people, prefix + "-1"))).extracting(Notification::title)
                .containsExactly("A survey is open: In Lantern only " + prefix);
        assertThat(db.fetchValue(NOTIFICATION.MAIL, NOTIFICATION.ACCOUNT_ID.eq(account(people, prefix + "-1").id()))).isEqualTo("not_sent");
        assertThat(to(smtp, prefix + "-1@example.org")).isEmpty();
    }

    @Test
    void twoSendersAtOnceSendEachEmailOnce() throws Exception {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        String prefix = tomorrowsProgramme("two", "Twice", 30, tomorrow);
        assertThat(surveysAt(tomorrow).check()).isGreaterThanOrEqualTo(30);

        NotificationSender one = senderAt(tomorrow);
        NotificationSender two = senderAt(tomorrow);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(one::sendDue);
            var b = pool.submit(two::sendDue);
            assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(30);
        } finally {
            pool.shutdown();
        }
        for (int i = 1; i <= 30; i++) {
            assertThat(to(smtp, prefix + "-" + i + "@example.org")).as("person " + i).hasSize(1);
        }
    }
}
