package org.lantern.notifications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.security.Role;
import org.lantern.notifications.Notifications;

import java.util.Map;
import java.util.TreeMap;

/** Administrators see whether Lantern sends e-mail, and where notifications' e-mails stand. */
@Route("admin/notifications")
@PageTitle("Notifications and e-mail | Lantern")
@Menu(title = "Notifications and e-mail", order = 830, icon = "vaadin:envelope-o")
@RolesAllowed(Role.ADMIN_ROLE)
public class NotificationsAdminView extends Div {

    NotificationsAdminView(Notifications notifications) {
        addClassName("lantern-page");
        add(new H1("Notifications and e-mail"));
        Paragraph mail = new Paragraph(notifications.mailConfigured()
                ? "E-mail is on: notifications are also e-mailed through the mail server set in spring.mail.host, to people "
                + "with an e-mail address who have not turned them off."
                : "E-mail is off: no mail server is set up (spring.mail.host), so notifications appear in Lantern only. "
                + "Set the spring.mail settings (README \"Notifications\") and restart to send e-mail.");
        mail.addClassName(notifications.mailConfigured() ? "lantern-done" : "lantern-warning");
        add(mail, new H2("E-mails of notifications"));
        Map<String, Integer> counts = new TreeMap<>(notifications.mailCounts());
        UnorderedList list = new UnorderedList();
        counts.forEach((state, count) -> list.add(new ListItem(state + ": " + count)));
        add(counts.isEmpty() ? new Paragraph("No notifications yet.") : list);
        add(new Paragraph("\"failed\" e-mails were given up after " + "ten attempts over about a day; "
                + "\"not sent\" ones are in Lantern only (no address, turned off, or no mail server); \"withdrawn\" ones were "
                + "reminders to people who had answered by then."));
    }
}
