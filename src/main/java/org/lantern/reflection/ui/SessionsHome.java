package org.lantern.reflection.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.lantern.actions.ActionPoint;
import org.lantern.actions.Actions;
import org.lantern.base.ui.HomeWidget;
import org.lantern.reflection.Sessions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Reflective sessions on the home page. */
@Configuration(proxyBeanMethods = false)
class SessionsHome {

    /** The "Reflective sessions" card: the next session, open actions, and overdue actions for managers. */
    @Bean
    HomeWidget sessionsHomeWidget(Sessions sessions, Actions actions) {
        return HomeWidget.of("sessions", (card, account) -> {
            if (account.teams().isEmpty()) {
                return;
            }
            sessions.nextSession(account).ifPresent(s -> {
                card.text("Next session: " + SessionLinks.when(s.startsAt()) + ", " + s.teamName() + ".");
                card.link(SessionLinks.session(s.id()), s.focusTitle());
                if (!s.preReading().isBlank()) {
                    card.text("Before the session: " + s.preReading());
                }
            });
            List<ActionPoint> overdue = actions.overdueForManager(account);
            if (!overdue.isEmpty()) {
                Paragraph warn = new Paragraph(overdue.size() + " team action(s) are overdue.");
                warn.addClassName("lantern-overdue");
                card.add(warn);
            }
            card.link("actions", "See your team's actions");
        });
    }
}
