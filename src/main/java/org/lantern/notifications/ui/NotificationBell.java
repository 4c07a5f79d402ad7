package org.lantern.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import org.lantern.base.security.Account;
import org.lantern.notifications.Notifications;

/**
 * The header's bell: a link to the notification centre with the number of unread notifications as
 * text beside it, and the same in its accessible name ("Notifications, 2 unread"), refreshed on every
 * page and when notifications are read.
 */
class NotificationBell extends RouterLink implements AfterNavigationObserver {

    private final Notifications notifications;
    private final Account account;
    private final Span count = new Span();
    private Registration changes;

    NotificationBell(Notifications notifications, Account account) {
        super(NotificationsView.class);
        this.notifications = notifications;
        this.account = account;
        addClassName("lantern-bell");
        count.addClassName("lantern-bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        add(VaadinIcon.BELL.create(), count);
        refresh();
    }

    void refresh() {
        int unread = notifications.unreadCount(account);
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
        getElement().setAttribute("title", unread == 0 ? "Notifications" : unread + " unread notifications");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        changes = ComponentUtil.addListener(event.getUI(), NotificationsChanged.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (changes != null) {
            changes.remove();
        }
    }
}
