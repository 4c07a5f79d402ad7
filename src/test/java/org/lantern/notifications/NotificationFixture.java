package org.lantern.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.lantern.base.security.Account;
import org.lantern.people.ImportOptions;
import org.lantern.people.PeopleImport;
import org.lantern.people.PeopleService;
import org.lantern.surveys.NewProgramme;
import org.lantern.surveys.Programmes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the notification tests share: GreenMail listening where the test properties point
 * {@code spring.mail.*} (src/test/resources/config/application.properties), and people and programmes
 * of a test's own, with e-mail addresses, made through the people import and {@link Programmes}.
 */
final class NotificationFixture {

    /** The build gives each test JVM a port of its own (pom.xml); 3925 from the test properties otherwise. */
    static final int SMTP_PORT = Integer.getInteger("spring.mail.port", 3925);

    private NotificationFixture() {
    }

    static GreenMail startMailServer() {
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    /** Imports {@code count} staff of a new team, user names {@code prefix-1} … with addresses {@code prefix-1@example.org} …; the team's name. */
    static String staffTeam(PeopleImport imports, PeopleService people, String prefix, int count) {
        String team = "Notify " + prefix;
        String csv = "username,display_name,email,teams,roles,manages,active\n" + IntStream.rangeClosed(1, count)
                .mapToObj(i -> prefix + "-" + i + ",Person " + prefix + " " + i + "," + prefix + "-" + i + "@example.org," + team + ",staff,,true")
                .collect(Collectors.joining("\n"));
        imports.apply(people.findByUsername("admin").orElseThrow(), csv.getBytes(StandardCharsets.UTF_8), new ImportOptions(true, false));
        return team;
    }

    /** A programme of the team whose first wave ("before") opens on the day, for 20 days. */
    static void programme(Programmes programmes, PeopleService people, String key, String title, String team, LocalDate opens) {
        programmes.createProgramme(people.findByUsername("evaluator").orElseThrow(), new NewProgramme(key, title, "recovery-knowledge",
                List.of(team), List.of(new NewProgramme.NewWave("before", opens, opens.plusDays(20)),
                new NewProgramme.NewWave("after", opens.plusDays(60), opens.plusDays(61)))));
    }

    static Account account(PeopleService people, String username) {
        return people.findByUsername(username).orElseThrow();
    }

    /** The messages GreenMail received for the address. */
    static List<MimeMessage> to(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    static List<String> subjects(GreenMail mail, String address) {
        return to(mail, address).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
