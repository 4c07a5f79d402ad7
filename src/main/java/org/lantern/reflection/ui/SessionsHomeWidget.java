package org.lantern.reflection.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.lantern.base.ui.HomeCard;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.Actions;
import org.lantern.reflection.Sessions;

import java.util.List;

/** The "Reflective sessions" card: the next session, open actions, and overdue actions for managers. */
@org.springframework.stereotype.Component
class SessionsHomeWidget implements HomeWidget {

    private final Sessions sessions;
    private final Actions actions;

    SessionsHomeWidget(Sessions sessions, Actions actions) {
        this.sessions = sessions;
        this.actions = actions;
    }

    @Override
    public String area() {
        return "sessions";
    }

    @Override
    public void fill(HomeCard card, Account account) {
        if (account.teams().isEmpty()) {
            return;
        }
        sessions.nextSession(account.username()).ifPresent(s -> {
            card.text("Next session: " + SessionLinks.when(s.startsAt()) + ", " + s.teamName() + ".");
            card.link(SessionLinks.session(s.id()), s.focusTitle());
            if (!s.preReading().isBlank()) {
                card.text("Before the session: " + s.preReading());
            }
        });
        List<ActionPoint> overdue = actions.overdueForManager(account.username());
        if (!overdue.isEmpty()) {
            Paragraph warn = new Paragraph(overdue.size() + " team action(s) are overdue.");
            warn.addClassName("lantern-overdue");
            card.add(warn);
        }
        card.link("actions", "See your team's actions");
    }
}
