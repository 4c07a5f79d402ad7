package org.lantern.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.ui.Texts;
import org.lantern.notifications.MailPreference;
import org.lantern.notifications.Notifications;

/**
 * The signed-in person's e-mail settings: for each kind of notification, e-mail or not, at once or in
 * one e-mail a day. Notifications always appear in Lantern.
 */
@Route("notifications/preferences")
@PageTitle("Notification settings | Lantern")
@PermitAll
public class NotificationPreferencesView extends Div {

    static final String AT_ONCE = "At once";
    static final String DIGEST = "In one e-mail a day";

    private final Notifications notifications;
    private final Account account;
    private final Paragraph status = new Paragraph();

    NotificationPreferencesView(Notifications notifications, CurrentAccount currentAccount) {
        this.notifications = notifications;
        this.account = currentAccount.require();
        addClassName("lantern-page");
        status.getElement().setAttribute("role", "status");
        add(new RouterLink("Notifications", NotificationsView.class), new H1("Notification settings"), createIntro(), status);
        notifications.preferences(account).forEach(p -> add(createKind(p)));
    }

    private Component createIntro() {
        String mail = !notifications.mailConfigured()
                ? "This Lantern sends no e-mail (no mail server is set up), so notifications appear only in Lantern. Your choices below apply once it does."
                : !notifications.hasAddress(account)
                ? "Lantern has no e-mail address for you, so notifications appear only in Lantern. Your organisation adds addresses when it imports staff."
                : "Notifications always appear in Lantern. Choose which are also e-mailed to you, and when.";
        return new Paragraph(mail + " E-mail subjects never hold names or anything anyone answered.");
    }

    private Component createKind(MailPreference preference) {
        Checkbox email = new Checkbox("E-mail me", preference.email());
        RadioButtonGroup<String> when = new RadioButtonGroup<>("When");
        when.setItems(AT_ONCE, DIGEST);
        when.setValue(preference.digest() ? DIGEST : AT_ONCE);
        when.setEnabled(preference.email());
        Runnable save = () -> {
            notifications.setPreference(account, new MailPreference(preference.kind(), email.getValue(), DIGEST.equals(when.getValue())));
            when.setEnabled(email.getValue());
            status.setText("Saved: " + preference.kind().label() + (email.getValue() ? ", e-mailed " + when.getValue().toLowerCase() : ", not e-mailed") + ".");
        };
        email.addValueChangeListener(e -> save.run());
        when.addValueChangeListener(e -> save.run());
        Div box = new Div(new H2(preference.kind().label()), Texts.meta(preference.kind().when()), email, when);
        box.addClassName("lantern-notification-kind");
        return box;
    }
}
