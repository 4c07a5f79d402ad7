package org.lantern.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.lantern.base.security.Account;
import org.lantern.base.ui.Texts;
import org.lantern.notifications.CalendarFeeds;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * On the account page: the person's calendar feed link. Lantern keeps only a fingerprint of it, so the
 * link is shown once, just after it is made, with a copy button; "make a new link" replaces it.
 */
class CalendarFeedPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CalendarFeeds feeds;
    private final Account account;
    private final Div state = new Div();
    private final Paragraph status = new Paragraph();

    CalendarFeedPanel(CalendarFeeds feeds, Account account) {
        this.feeds = feeds;
        this.account = account;
        addClassName("lantern-calendar-feed");
        status.getElement().setAttribute("role", "status");
        add(new H3("Your calendar link"), new Paragraph("Add your team's reflective sessions to Outlook, Google Calendar or "
                + "your phone: subscribe to this private link (\"add calendar from internet\"). It lists the sessions of your "
                + "teams from the last 30 days on, and changes when sessions are planned or cancelled. Anyone with the link "
                + "can see the sessions' times and teams, so keep it to yourself."), state, status);
        show(null);
    }

    private void show(String madeNow) {
        state.removeAll();
        if (madeNow != null) {
            TextField link = new TextField("Your calendar link");
            link.setValue(madeNow);
            link.setReadOnly(true);
            link.setWidthFull();
            Button copy = new Button("Copy", e -> {
                link.getElement().executeJs("navigator.clipboard.writeText($0)", madeNow);
                status.setText("Copied. Lantern shows this link only now: paste it into your calendar program.");
            });
            state.add(link, copy, Texts.meta("Lantern shows this link only now. If you lose it, make a new one."));
        } else {
            state.add(new Paragraph(feeds.linkMadeAt(account)
                    .map(at -> "You made a link on " + DAY.format(at.atZoneSameInstant(ZoneId.systemDefault()))
                            + ". Lantern cannot show it again; if you need it, make a new one (the old one then stops working).")
                    .orElse("You have no calendar link yet.")));
        }
        boolean has = madeNow != null || feeds.linkMadeAt(account).isPresent();
        Button make = new Button(has ? "Make a new link" : "Make my calendar link", e -> {
            show(feeds.makeLink(account));
            status.setText(has ? "New link made: the old one no longer works." : "Link made.");
        });
        make.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        state.add(make);
        if (has) {
            Button stop = new Button("Stop my link", e -> {
                feeds.removeLink(account);
                show(null);
                status.setText("Your calendar link no longer works.");
            });
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            state.add(stop);
        }
    }
}
