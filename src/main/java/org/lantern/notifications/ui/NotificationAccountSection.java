package org.lantern.notifications.ui;

import lombok.RequiredArgsConstructor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import org.lantern.base.security.Account;
import org.lantern.notifications.CalendarFeeds;
import org.lantern.people.ui.AccountPageSection;

/** On the account page: a link to the person's notification settings, and their calendar feed link. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class NotificationAccountSection implements AccountPageSection {

    private final CalendarFeeds feeds;

    @Override
    public Component create(Account account) {
        return new Div(new H2("Notifications"), new RouterLink("Choose which notifications are e-mailed to you", NotificationPreferencesView.class),
                new CalendarFeedPanel(feeds, account));
    }
}
