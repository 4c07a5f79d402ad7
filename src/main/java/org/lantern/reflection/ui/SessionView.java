package org.lantern.reflection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.ActionLink;
import org.lantern.people.CurrentAccount;
import org.lantern.people.Role;
import org.lantern.reflection.ActionPoint;
import org.lantern.reflection.ReflectionException;
import org.lantern.reflection.ReflectionModel;
import org.lantern.reflection.ReflectionService;
import org.lantern.reflection.SessionDetail;
import org.lantern.journal.JournalService;
import org.lantern.journal.JournalSource;
import org.lantern.journal.ui.ReflectionPrompt;

import java.util.List;
import java.util.Set;
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

    private final ReflectionService reflection;
    private final JournalService journal;
    private final String username;
    private long sessionId;

    SessionView(ReflectionService reflection, JournalService journal, CurrentAccount currentAccount) {
        this.reflection = reflection;
        this.journal = journal;
        this.username = currentAccount.require().username();
        addClassName("lantern-page");
        addClassName("lantern-reading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            sessionId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            build(reflection.detail(username, sessionId));
        } catch (NumberFormatException | ReflectionException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        build(reflection.detail(username, sessionId));
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
        add(new H2("Open actions to review"), openActions(s.teamId()));
        add(new H2("Focus"));
        reflection.focusContent(s).ifPresentOrElse(
                c -> add(new Paragraph(c.title()), new Anchor(c.link(), "Read it in Lantern")),
                () -> add(new Paragraph(s.focusType().equals("topic") ? "Topic: " + s.focusTitle()
                        : s.focusTitle() + " is no longer available (for example, its author withdrew consent).")));
        if (!s.preReading().isBlank()) {
            add(new H3("Before the session"), new Paragraph(s.preReading()));
        }
        reflection.model(s.modelKey()).ifPresent(m -> add(model(m)));
        if (d.canManage()) {
            add(attendance(d), notesEditor(d), actionsEditor(d));
            add(FeedbackSummaryPanel.create(d.feedback()));
        } else {
            if (d.notes() != null && !d.notes().isBlank()) {
                add(new H2("Session notes"), new Paragraph(d.notes()));
            }
            add(new H2("Agreed actions"), actionList(d.actions()));
        }
        if (d.feedback().asked()) {
            add(feedbackForm(d.feedback()));
        }
        add(new H2("Your own reflection"));
        add(new ReflectionPrompt(journal, username, "What will you take from this session into your practice?",
                new JournalSource(JournalSource.SESSION, String.valueOf(s.id()), "Session: " + s.focusTitle())));
    }

    private Component groundRules() {
        Section box = new Section();
        box.addClassName("lantern-resume");
        box.add(new H2("Ground rules"));
        UnorderedList rules = new UnorderedList();
        reflection.groundRules().forEach(r -> rules.add(new ListItem(r)));
        box.add(rules);
        return box;
    }

    private Component openActions(long teamId) {
        return actionList(reflection.openActions(username, teamId));
    }

    static Component actionList(List<ActionPoint> actions) {
        if (actions.isEmpty()) {
            Paragraph p = new Paragraph("No actions yet.");
            p.addClassName("lantern-empty");
            return p;
        }
        UnorderedList list = new UnorderedList();
        for (ActionPoint a : actions) {
            String due = a.due() == null ? "" : ", due " + SessionLinks.DAY.format(a.due());
            list.add(new ListItem(a.description() + " (" + a.ownerName() + due + ", " + a.status().label().toLowerCase() + ")"));
        }
        return list;
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
            reflection.recordAttendance(username, sessionId, who.getValue().stream().map(SessionDetail.Attendee::accountId)
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
                reflection.saveNotes(username, sessionId, notes.getValue());
                Notification.show("Notes saved.");
            } catch (ReflectionException ex) {
                Notification.show(ex.getMessage());
            }
        });
        return new Div(new H2("Notes"), notes, save);
    }

    private Component actionsEditor(SessionDetail d) {
        Div box = new Div(new H2("Agreed actions"), actionList(d.actions()));
        ActionForm form = new ActionForm(d.team().stream().map(a -> new ActionForm.Member(a.accountId(), a.name())).toList());
        form.addSaveListener(e -> {
            try {
                reflection.addAction(username, d.session().teamId(), e.description, e.ownerId, e.due, "session", sessionId);
                refresh();
            } catch (ReflectionException ex) {
                form.showError(ex.getMessage());
            }
        });
        box.add(form);
        return box;
    }

    private Component feedbackForm(SessionDetail.Feedback f) {
        Div box = new Div(new H2("Quick feedback"));
        String closes = SessionLinks.when(f.closesAt());
        if (f.given()) {
            box.add(new Paragraph("Thank you for your feedback."));
            return box;
        }
        switch (f.phase()) {
            case NOT_YET_OPEN -> {
                box.add(new Paragraph("You can give anonymous feedback from the start of the session until " + closes + "."));
                return box;
            }
            case CLOSED -> {
                box.add(new Paragraph("Feedback on this session closed on " + closes + "."));
                return box;
            }
            case OPEN -> box.add(new Paragraph("Feedback closes on " + closes + ". It is anonymous: nobody sees your answer. "
                    + "After feedback closes, your manager sees the totals, and only if at least " + f.minGroupSize()
                    + " people answered."));
        }
        RadioButtonGroup<Integer> useful = new RadioButtonGroup<>("How useful was the session?");
        useful.setItems(1, 2, 3, 4, 5);
        useful.setItemLabelGenerator(i -> switch (i) {
            case 1 -> "1 Not useful";
            case 5 -> "5 Very useful";
            default -> String.valueOf(i);
        });
        TextField takeaway = new TextField("One thing you will take away (optional)");
        takeaway.setMaxLength(500);
        takeaway.setWidthFull();
        Div error = new Div();
        error.addClassName("lantern-error");
        Button send = new Button("Send feedback", e -> {
            try {
                reflection.giveFeedback(username, sessionId, useful.getValue() == null ? 0 : useful.getValue(), takeaway.getValue());
                refresh();
            } catch (ReflectionException ex) {
                error.setText(ex.getMessage());
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(useful, takeaway, error, send);
        return box;
    }
}
