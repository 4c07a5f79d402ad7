package org.lantern.notifications;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.lantern.KaribuTest;
import org.lantern.base.security.Account;
import org.lantern.people.PeopleImport;
import org.lantern.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bell in the header and the notification centre, as a person sees and uses them. */
class NotificationCentreUiTest extends KaribuTest {

    @Autowired
    Notifications notifications;
    @Autowired
    PeopleImport imports;
    @Autowired
    PeopleService people;

    @Test
    void theBellSaysHowManyAreUnreadAndReadingThemCountsDown() {
        String prefix = "bell" + System.nanoTime() % 1000000;
        NotificationFixture.staffTeam(imports, people, prefix, 1);
        Account person = NotificationFixture.account(people, prefix + "-1");
        notifications.write(List.of(
                new NewNotification(NotificationKind.SURVEY_INVITATION, person.id(), "survey:x/before", "opened", "A survey is open: X",
                        "The before survey of X is open.", "surveys/x/before"),
                new NewNotification(NotificationKind.SURVEY_REMINDER, person.id(), "survey:x/before", "day-7", "Reminder: a survey is open",
                        "You have not yet submitted.", "surveys/x/before")));
        signIn(prefix + "-1");

        open("notifications");
        assertThat(bell()).isEqualTo("Notifications, 2 unread");
        assertThat(LocatorJ._find(Paragraph.class).stream().map(Paragraph::getText)).contains("2 unread.");

        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withText("Mark as read").withAttribute("aria-label", "Mark as read: A survey is open: X")));
        assertThat(bell()).isEqualTo("Notifications, 1 unread");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withText("Mark all as read")));
        assertThat(bell()).isEqualTo("Notifications, none unread");
        assertThat(notifications.unreadCount(person)).isZero();

        // someone else sees none of them
        assertThat(notifications.latest(NotificationFixture.account(people, "staff"))).noneMatch(n -> n.title().equals("A survey is open: X")
                && n.body().equals("The before survey of X is open."));
    }

    @Test
    void settingsTurnEmailOffForOneKind() {
        String prefix = "pref" + System.nanoTime() % 1000000;
        NotificationFixture.staffTeam(imports, people, prefix, 1);
        signIn(prefix + "-1");
        open("notifications/preferences");
        assertThat(LocatorJ._get(H1.class).getText()).isEqualTo("Notification settings");

        // one box per kind, in the kinds' order: the second is survey reminders
        LocatorJ._find(Checkbox.class).get(NotificationKind.SURVEY_REMINDER.ordinal()).setValue(false);
        Account person = NotificationFixture.account(people, prefix + "-1");
        assertThat(notifications.preferences(person)).hasSize(NotificationKind.values().length)
                .contains(new MailPreference(NotificationKind.SURVEY_INVITATION, true, false),
                        new MailPreference(NotificationKind.SURVEY_REMINDER, false, false))
                .filteredOn(p -> !p.email()).hasSize(1);
        notifications.write(List.of(new NewNotification(NotificationKind.SURVEY_REMINDER, person.id(), "survey:y/before", "day-7",
                "Reminder", "Body", "surveys/y/before")));
        assertThat(notifications.latest(person)).hasSize(1);
    }

    private static String bell() {
        return LocatorJ._find(RouterLink.class).stream().filter(l -> l.getClassNames().contains("lantern-bell")).findFirst()
                .orElseThrow().getElement().getAttribute("aria-label");
    }
}
