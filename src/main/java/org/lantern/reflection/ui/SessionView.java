package org.lantern.reflection.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.RouteId;
import org.lantern.actions.ActionOrigin;
import org.lantern.actions.ActionException;
import org.lantern.actions.Actions;
import org.lantern.actions.ui.ActionForm;
import org.lantern.actions.ui.ActionList;
import org.lantern.base.ui.ActionLink;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.journal.ui.ReflectionPrompt;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.ReflectionException;
import org.lantern.reflection.ReflectionModel;
import org.lantern.reflection.SessionDetail;
import org.lantern.reflection.Sessions;

import java.util.stream.Collectors;

/**
 * One session: ground rules, the team's open actions, the focus and the model; for the manager,
 * attendance, confidential notes and agreed actions; for attendees, anonymous feedback and a
 * private journal entry.
 */
@Route("sessions/:id")
@PageTitle("Reflective session | Lantern")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE})
public class SessionView extends Div implements BeforeEnterObserver {

    private final Sessions sessions;
    private final Actions actions;
    private final JournalService journal;
    private final Account account;
    private long sessionId;

    SessionView(Sessions sessions, Actions actions, JournalService journal, CurrentAccount currentAccount) {
        this.sessions = sessions;
        this.actions = actions;
        this.journal = journal;
        this.account = currentAccount.require();
        addClassNames("lantern-page", "lantern-reading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            sessionId = RouteId.require(event, "id");
            build(sessions.detail(account, sessionId));
        } catch (ReflectionException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        build(sessions.detail(account, sessionId));
    }

    private void build(SessionDetail d) {
        removeAll();
        var s = d.session();
        add(new Anchor("sessions", "All sessions"), new H1(s.focusTitle()));
        add(new Paragraph(SessionLinks.when(s.startsAt()) + " · " + s.durationMinutes() + " minutes · " + s.teamName()
                + (s.cancelled() ? " · cancelled" : "")));
        if (d.canManage() && !s.cancelled()) {
            Div tools = new Div(ActionLink.primary(SessionLinks.facilitate(s.id()), "Start facilitation mode"));
            tools.addClassName("lantern-toolbar");
            add(tools);
        }
        add(groundRules());
        add(new H2("Open actions to review"), ActionList.of(actions.openActions(account, s.teamId())));
        add(new H2("Focus"));
        sessions.focusContent(s).ifPresentOrElse(
                c -> add(new Paragraph(c.title()), new Anchor(c.link(), "Read it in Lantern")),
                () -> add(new Paragraph(s.focusType() == FocusType.TOPIC ? "Topic: " + s.focusTitle()
                        : s.focusTitle() + " is no longer available (for example, its author withdrew consent).")));
        if (!s.preReading().isBlank()) {
            add(new H3("Before the session"), new Paragraph(s.preReading()));
        }
        sessions.model(s.modelKey()).ifPresent(m -> add(model(m)));
        if (d.canManage()) {
            add(attendance(d), notesEditor(d), actionsEditor(d));
            add(FeedbackSummaryPanel.create(d.feedback()));
        } else {
            if (d.notes() != null && !d.notes().isBlank()) {
                add(new H2("Session notes"), new Paragraph(d.notes()));
            }
            add(new H2("Agreed actions"), ActionList.of(d.actions()));
        }
        if (d.feedback().asked()) {
            add(new FeedbackForm(sessions, account, d, this::refresh));
        }
        add(new H2("Your own reflection"));
        add(new ReflectionPrompt(journal, account, "What will you take from this session into your practice?",
                new JournalSource(JournalSource.SESSION, String.valueOf(s.id()), "Session: " + s.focusTitle())));
    }

    private Component groundRules() {
        Section box = new Section();
        box.addClassName("lantern-resume");
        box.add(new H2("Ground rules"));
        UnorderedList rules = new UnorderedList();
        sessions.groundRules().forEach(r -> rules.add(new ListItem(r)));
        box.add(rules);
        return box;
    }

    private Component model(ReflectionModel m) {
        Div box = new Div(new H2("Reflection model: " + m.title()));
        if (!m.summary().isEmpty()) {
            box.add(new Paragraph(m.summary()));
        }
        OrderedList stages = new OrderedList();
        for (ReflectionModel.Stage stage : m.stages()) {
            UnorderedList prompts = new UnorderedList();
            stage.prompts().forEach(p -> prompts.add(new ListItem(p)));
            stages.add(new ListItem(new H3(stage.title() + " (" + stage.minutes() + " min)"), prompts));
        }
        box.add(stages);
        return box;
    }

    private Component attendance(SessionDetail d) {
        CheckboxGroup<SessionDetail.Attendee> who = new CheckboxGroup<>("Who attended");
        who.setItems(d.team());
        who.setItemLabelGenerator(SessionDetail.Attendee::name);
        who.setValue(d.team().stream().filter(SessionDetail.Attendee::present).collect(Collectors.toSet()));
        Button save = new Button("Save attendance", e -> {
            sessions.recordAttendance(account, sessionId, who.getValue().stream().map(SessionDetail.Attendee::accountId)
                    .collect(Collectors.toSet()));
            Notification.show("Attendance saved.");
        });
        return new Div(new H2("Attendance"), who, save);
    }

    private Component notesEditor(SessionDetail d) {
        TextArea notes = new TextArea("Confidential notes");
        notes.setWidthFull();
        notes.setMinHeight("10rem");
        notes.setMaxLength(20000);
        notes.setValue(d.notes() == null ? "" : d.notes());
        notes.setHelperText("Themes discussed and learning only. Do not write names of people using services, or who said what. "
                + "Only the people who attended and the team's managers can read these notes.");
        Button save = new Button("Save notes", e -> {
            try {
                sessions.saveNotes(account, sessionId, notes.getValue());
                Notification.show("Notes saved.");
            } catch (ReflectionException ex) {
                Notification.show(ex.getMessage());
            }
        });
        return new Div(new H2("Notes"), notes, save);
    }

    private Component actionsEditor(SessionDetail d) {
        Div box = new Div(new H2("Agreed actions"), ActionList.of(d.actions()));
        box.add(actionForm(actions, account, d, this::refresh));
        return box;
    }

    /** The add-action form of a session's page and of facilitation mode: actions it adds come from this session. */
    static ActionForm actionForm(Actions actions, Account account, SessionDetail d, Runnable added) {
        ActionForm form = new ActionForm(d.team().stream().map(a -> new ActionForm.Member(a.accountId(), a.name())).toList());
        form.addSaveListener(e -> {
            try {
                actions.add(account, d.session().teamId(), e.description(), e.ownerId(), e.due(), ActionOrigin.SESSION,
                        d.session().id());
                added.run();
            } catch (ActionException ex) {
                form.showError(ex.getMessage());
            }
        });
        return form;
    }
}
