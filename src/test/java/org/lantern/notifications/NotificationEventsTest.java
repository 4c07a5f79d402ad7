package org.lantern.notifications;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.people.ImportOptions;
import org.lantern.people.PeopleImport;
import org.lantern.people.PeopleService;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.NewSession;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.reflection.Sessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lantern.notifications.NotificationFixture.account;
import static org.lantern.notifications.NotificationFixture.to;

/**
 * Reflective sessions' notifications end to end with a real SMTP server (GreenMail): the invitation and
 * the cancellation arrive once each with an {@code .ics} that ical4j reads back (start, end, UID,
 * SEQUENCE, METHOD); the personal calendar feed over HTTP (a replaced link is a 404); and the signed
 * one-click unsubscribe link (GET only asks, POST unsubscribes).
 */
@LanternTest
class NotificationEventsTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    PeopleImport imports;
    @Autowired
    PeopleService people;
    @Autowired
    Sessions sessions;
    @Autowired
    NotificationSender sender;
    @Autowired
    Notifications notifications;
    @Autowired
    CalendarFeeds feeds;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = NotificationFixture.startMailServer();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    /** A team with a manager ({@code prefix-m}) and two staff ({@code prefix-1}, {@code prefix-2}), all with addresses; its id. */
    static long teamWithManager(PeopleImport imports, PeopleService people, String prefix) {
        String team = "Notify " + prefix;
        String csv = "username,display_name,email,teams,roles,manages,active\n"
                + prefix + "-m,Manager " + prefix + "," + prefix + "-m@example.org," + team + ",manager;staff," + team + ",true\n"
                + prefix + "-1,Person " + prefix + " 1," + prefix + "-1@example.org," + team + ",staff,,true\n"
                + prefix + "-2,Person " + prefix + " 2," + prefix + "-2@example.org," + team + ",staff,,true\n";
        imports.apply(people.findByUsername("admin").orElseThrow(), csv.getBytes(StandardCharsets.UTF_8), new ImportOptions(true, false));
        return people.findTeamByName(team).orElseThrow().id();
    }

    static String prefix(String name) {
        return name + RUN.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private ReflectiveSession plan(String prefix, long team, LocalDateTime start) {
        return sessions.plan(account(people, prefix + "-m"), new NewSession(team, start, 90, FocusType.TOPIC,
                "Positive risk-taking in practice", sessions.models().getFirst().key(), ""));
    }

    @Test
    void aPlannedThenCancelledSessionSendsOneInvitationAndOneCancellationThatACalendarReads() throws Exception {
        String prefix = prefix("ses");
        long team = teamWithManager(imports, people, prefix);
        LocalDateTime start = LocalDateTime.now(sessions.clock()).plusDays(10).truncatedTo(ChronoUnit.HOURS).withHour(14);
        ReflectiveSession session = plan(prefix, team, start);
        Instant startsAt = start.atZone(sessions.clock().getZone()).toInstant();
        sender.sendDue();
        sender.sendDue();

        String address = prefix + "-1@example.org";
        await().atMost(Duration.ofSeconds(20)).until(() -> to(smtp, address).size() == 1);
        MimeMessage invitation = to(smtp, address).getFirst();
        assertThat(invitation.getSubject()).startsWith("Reflective session planned: ").doesNotContain("Person");
        VEvent planned = event(calendar(invitation), "REQUEST");
        assertThat(Instant.from(planned.getStartDate().orElseThrow().getDate())).isEqualTo(startsAt);
        assertThat(Instant.from(planned.getEndDate().orElseThrow().getDate())).isEqualTo(startsAt.plus(Duration.ofMinutes(90)));
        String uid = planned.getUid().orElseThrow().getValue();
        assertThat(uid).startsWith("session-" + session.id() + "@");
        assertThat(planned.getSequence().getSequenceNo()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> to(smtp, prefix + "-m@example.org").size() == 1);

        sessions.cancel(account(people, prefix + "-m"), session.id());
        sessions.cancel(account(people, prefix + "-m"), session.id());
        sender.sendDue();
        await().atMost(Duration.ofSeconds(20)).until(() -> to(smtp, address).size() == 2);
        Thread.sleep(1500);
        assertThat(to(smtp, address)).as("each change e-mailed once").hasSize(2);
        MimeMessage cancellation = to(smtp, address).getLast();
        assertThat(cancellation.getSubject()).startsWith("Reflective session cancelled: ");
        VEvent cancelled = event(calendar(cancellation), "CANCEL");
        assertThat(cancelled.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(notifications.latest(account(people, prefix + "-2"))).hasSize(2)
                .allSatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationKind.REFLECTIVE_SESSION));

        plan(prefix, team, LocalDateTime.now(sessions.clock()).minusDays(2).truncatedTo(ChronoUnit.HOURS));
        assertThat(notifications.latest(account(people, prefix + "-2"))).as("a session recorded after it took place tells nobody")
                .hasSize(2);
    }

    @Test
    void theCalendarFeedListsTheTeamsSessionsAndAReplacedLinkIsGone() throws Exception {
        String prefix = prefix("feed");
        long team = teamWithManager(imports, people, prefix);
        LocalDateTime start = LocalDateTime.now(sessions.clock()).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        ReflectiveSession session = plan(prefix, team, start);
        Account staff = account(people, prefix + "-1");

        String link = feeds.makeLink(staff);
        assertThat(link).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        HttpResponse<String> feed = get(link);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getUid().orElseThrow().getValue()).startsWith("session-" + session.id() + "@");
            assertThat(Instant.from(e.getStartDate().orElseThrow().getDate())).isEqualTo(start.atZone(sessions.clock().getZone()).toInstant());
        });
        assertThat(feed.body()).doesNotContain("Person " + prefix).doesNotContain("Manager " + prefix)
                .doesNotContain("Positive risk-taking in practice");

        String newer = feeds.makeLink(staff);
        HttpResponse<String> revoked = get(link);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEmpty();
        assertThat(get(newer).statusCode()).isEqualTo(200);
        assertThat(get("/calendar/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("/calendar/short.ics").statusCode()).isEqualTo(404);
        feeds.removeLink(staff);
        assertThat(get(newer).statusCode()).isEqualTo(404);
    }

    @Test
    void theUnsubscribeLinkAsksOnGetAndUnsubscribesOnOneClickPost() throws Exception {
        String prefix = prefix("unsub");
        long team = teamWithManager(imports, people, prefix);
        plan(prefix, team, LocalDateTime.now(sessions.clock()).plusDays(5).truncatedTo(ChronoUnit.HOURS));
        sender.sendDue();
        String address = prefix + "-1@example.org";
        await().atMost(Duration.ofSeconds(20)).until(() -> to(smtp, address).size() == 1);
        MimeMessage message = to(smtp, address).getFirst();
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String link = message.getHeader("List-Unsubscribe", null).replaceAll("^<|>$", "");
        assertThat(NotificationFixture.body(message)).contains(link.substring(link.indexOf("/unsubscribe/")));
        Account staff = account(people, prefix + "-1");

        HttpResponse<String> page = get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"").contains("reflective sessions");
        assertThat(preference(staff).email()).as("opening the link (as a mail scanner does) changes nothing").isTrue();

        HttpResponse<String> done = http.send(HttpRequest.newBuilder(local(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(preference(staff).email()).isFalse();
        assertThat(preference(account(people, prefix + "-2")).email()).as("only the link's person").isTrue();

        String forged = link.substring(0, link.length() - 3) + (link.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(http.send(HttpRequest.newBuilder(local(forged)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private MailPreference preference(Account account) {
        return notifications.preferences(account).stream().filter(p -> p.kind() == NotificationKind.REFLECTIVE_SESSION).findFirst().orElseThrow();
    }

    private URI local(String link) {
        String path = link.startsWith("http") ? URI.create(link).getRawPath() : link;
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String link) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(local(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The message's one .ics attachment, parsed. */
    static Calendar calendar(MimeMessage message) throws Exception {
        List<Part> found = new ArrayList<>();
        attachments(message, found);
        assertThat(found).as("calendar attachments").singleElement()
                .satisfies(p -> assertThat(p.getContentType()).startsWith("text/calendar"));
        try (InputStream in = found.getFirst().getInputStream()) {
            return new CalendarBuilder().build(in);
        }
    }

    private static void attachments(Part part, List<Part> found) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                attachments(multipart.getBodyPart(i), found);
            }
        } else if (part instanceof BodyPart && part.getFileName() != null && part.getFileName().endsWith(".ics")) {
            found.add(part);
        }
    }

    private static VEvent event(Calendar calendar, String method) {
        assertThat(calendar.getMethod().getValue()).isEqualTo(method);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }
}
