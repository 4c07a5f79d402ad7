package org.lantern.reflection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.security.Account;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.reflection.ReflectionException;
import org.lantern.reflection.ReflectiveSession;
import org.lantern.reflection.SessionCalendar;
import org.lantern.reflection.Sessions;
import org.lantern.base.ui.PageHeader;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Upcoming and past reflective sessions of the person's teams; managers plan new ones here. */
@Route("sessions")
@PageTitle("Reflective sessions | Lantern")
@Menu(title = "Reflective sessions", order = 400, icon = "vaadin:group")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE})
public class SessionsView extends Div {

    private final Sessions sessions;
    private final Account account;

    SessionsView(Sessions sessions, CurrentAccount currentAccount) {
        this.sessions = sessions;
        this.account = currentAccount.require();
        PageHeader.add(this, "Reflective sessions",
                "Regular time with your team to think together about practice. What is said stays in the "
                + "session; notes record themes, never who said what, and are only for those who were there.");
        if (!account.managedTeams().isEmpty()) {
            Button plan = new Button("Plan a session", e -> openPlanner());
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(plan);
        }
        build();
    }

    private void build() {
        SessionCalendar calendar = sessions.calendar(account);
        add(new H2("Coming up"), list(calendar.upcoming(), "No sessions are planned for your team yet."));
        add(new H2("Past sessions"), list(calendar.past(), "Past sessions will be listed here."));
    }

    private Component list(List<ReflectiveSession> listed, String empty) {
        if (listed.isEmpty()) {
            return Texts.empty(empty);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("lantern-lessons");
        for (ReflectiveSession s : listed) {
            Anchor link = new Anchor(SessionLinks.session(s.id()), SessionLinks.when(s.startsAt()) + ": " + s.focusTitle());
            Span meta = new Span(" · " + s.teamName() + (s.cancelled() ? " · cancelled" : ""));
            meta.addClassName("lantern-meta");
            list.add(new ListItem(link, meta));
        }
        return list;
    }

    private void openPlanner() {
        PlanSessionForm form = new PlanSessionForm(account.managedTeams(), sessions.focusSources(), sessions.models(),
                LocalDateTime.now(sessions.clock()));
        form.addSaveListener(e -> {
            try {
                ReflectiveSession created = sessions.plan(account, e.session);
                form.close();
                getUI().ifPresent(ui -> ui.navigate(SessionLinks.session(created.id())));
            } catch (ReflectionException ex) {
                form.showError(ex.getMessage());
            }
        });
        form.open();
    }
}
