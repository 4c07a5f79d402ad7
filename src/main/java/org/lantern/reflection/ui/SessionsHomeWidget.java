package org.lantern.reflection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.Actions;
import org.lantern.reflection.Sessions;

import java.util.List;
import java.util.Optional;

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
    public Optional<Component> create(Account account) {
        if (account.teams().isEmpty()) {
            return Optional.empty();
        }
        Div box = new Div();
        sessions.nextSession(account).ifPresent(s -> {
            box.add(new Paragraph("Next session: " + SessionLinks.when(s.startsAt()) + ", " + s.teamName() + "."));
            box.add(new Anchor(SessionLinks.session(s.id()), s.focusTitle()));
            if (!s.preReading().isBlank()) {
                box.add(new Paragraph("Before the session: " + s.preReading()));
            }
        });
        List<ActionPoint> overdue = actions.overdueForManager(account);
        if (!overdue.isEmpty()) {
            Paragraph warn = new Paragraph(overdue.size() + " team action(s) are overdue.");
            warn.addClassName("lantern-overdue");
            box.add(warn);
        }
        box.add(new Anchor("actions", "See your team's actions"));
        return Optional.of(box);
    }
}
