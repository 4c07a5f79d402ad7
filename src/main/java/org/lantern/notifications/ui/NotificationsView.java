package org.lantern.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.ui.Texts;
import org.lantern.notifications.Notification;
import org.lantern.notifications.Notifications;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The signed-in person's notification centre: their notifications, newest first, to read and mark read. */
@Route("notifications")
@PageTitle("Notifications | Lantern")
@Menu(title = "Notifications", order = 5, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final Notifications notifications;
    private final Account account;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();

    NotificationsView(Notifications notifications, CurrentAccount currentAccount) {
        this.notifications = notifications;
        this.account = currentAccount.require();
        addClassName("lantern-page");
        status.getElement().setAttribute("role", "status");
        Button markAll = new Button("Mark all as read", e -> {
            notifications.markAllRead(account);
            changed("All notifications are marked as read.");
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.addClassName("lantern-notifications");
        add(new H1("Notifications"), new Div(markAll, new RouterLink("E-mail settings", NotificationPreferencesView.class)),
                status, list);
        show();
    }

    private void show() {
        list.removeAll();
        List<Notification> latest = notifications.latest(account);
        long unread = latest.stream().filter(n -> !n.read()).count();
        if (latest.isEmpty()) {
            list.add(new Paragraph("You have no notifications."));
        } else {
            list.add(Texts.meta(unread == 0 ? "All read." : unread + " unread."));
        }
        latest.forEach(n -> list.add(createItem(n)));
    }

    private Component createItem(Notification n) {
        Div item = new Div();
        item.addClassName("lantern-notification");
        H2 title = new H2(n.title());
        if (!n.read()) {
            item.addClassName("lantern-notification-unread");
            Span marker = new Span("Unread");
            marker.addClassName("lantern-badge");
            title.addComponentAsFirst(marker);
        }
        item.add(title, Texts.meta(WHEN.format(n.createdAt().atZoneSameInstant(java.time.ZoneId.systemDefault()))),
                new Paragraph(n.body()));
        Anchor open = new Anchor(n.link(), "Open");
        open.getElement().setAttribute("aria-label", "Open: " + n.title());
        Div actions = new Div(open);
        if (!n.read()) {
            Button read = new Button("Mark as read", e -> {
                notifications.markRead(account, n.id());
                changed("Marked as read.");
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            read.getElement().setAttribute("aria-label", "Mark as read: " + n.title());
            actions.add(read);
        }
        actions.addClassName("lantern-notification-actions");
        item.add(actions);
        return item;
    }

    private void changed(String message) {
        status.setText(message);
        show();
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new NotificationsChanged(ui));
    }
}
