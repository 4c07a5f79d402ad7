package org.lantern.notifications.ui;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.base.ui.HeaderItem;
import org.lantern.notifications.Notifications;

/** Puts the notification bell in the app's header. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class NotificationHeader implements HeaderItem {

    private final Notifications notifications;

    @Override
    public com.vaadin.flow.component.Component create(Account account) {
        return new NotificationBell(notifications, account);
    }
}
