package org.lantern.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import org.lantern.base.security.Account;
import org.lantern.people.ui.AccountPageSection;

/** On the account page: a link to the person's notification settings. */
@org.springframework.stereotype.Component
class NotificationAccountSection implements AccountPageSection {

    @Override
    public Component create(Account account) {
        return new Div(new H2("Notifications"), new RouterLink("Choose which notifications are e-mailed to you", NotificationPreferencesView.class));
    }
}
