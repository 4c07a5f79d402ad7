package org.lantern.reflection.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.RouteId;
import org.lantern.actions.Actions;
import org.lantern.actions.ui.ActionList;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.reflection.FocusType;
import org.lantern.reflection.ReflectionException;
import org.lantern.reflection.ReflectionModel;
import org.lantern.reflection.SessionDetail;
import org.lantern.reflection.Sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A clean full-screen view for a shared screen or projector: steps through the ground rules, the
 * open actions, the focus in large type and each stage of the model, with a timer per stage.
 * Keyboard: right arrow or Page Down for next, left arrow or Page Up for back, T to start or pause
 * the timer, Escape to leave.
 */
@Route(value = "sessions/:id/facilitate", autoLayout = false)
@PageTitle("Facilitation | Lantern")
@RolesAllowed(Role.MANAGER_ROLE)
public class FacilitationView extends Main implements BeforeEnterObserver {

    private record Step(String title, int minutes, Supplier<Component> body) {
    }

    private final Sessions sessions;
    private final Actions actions;
    private final Account account;
    private final List<Step> steps = new ArrayList<>();
    private final Div stage = new Div();
    private final Span position = new Span();
    private final StageTimer timer = new StageTimer();
    private int current;
    private long sessionId;
    private Button next;

    FacilitationView(Sessions sessions, Actions actions, CurrentAccount currentAccount) {
        this.sessions = sessions;
        this.actions = actions;
        this.account = currentAccount.require();
        addClassName("lantern-facilitate");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SessionDetail detail;
        try {
            sessionId = RouteId.require(event, "id");
            detail = sessions.detail(account, sessionId);
        } catch (ReflectionException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!detail.canManage()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        buildSteps(detail);
        removeAll();
        Button previous = new Button("Back", e -> go(current - 1));
        Button next = new Button("Next", e -> {
            if (current == steps.size() - 1) {
                finish();
            } else {
                go(current + 1);
            }
        });
        this.next = next;
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor leave = new Anchor(SessionLinks.session(sessionId), "Leave facilitation");
        Div bar = new Div(previous, next, timer.button(), timer.display(), position, leave);
        bar.addClassName("lantern-facilitate-bar");
        stage.addClassName("lantern-facilitate-stage");
        stage.getElement().setAttribute("aria-live", "polite");
        // on the attendance and actions steps the arrow keys move the caret and "t" is a letter: keys typed
        // in a field stay there and never reach the slides' shortcuts, which listen on the whole page
        stage.getElement().executeJs("this.addEventListener('keydown', e => { const t = e.composedPath()[0];"
                + " if (t && t.closest && t.closest('input, textarea, vaadin-text-field, vaadin-text-area, vaadin-date-picker,"
                + " vaadin-select, vaadin-combo-box, vaadin-checkbox-group, vaadin-radio-group')) { e.stopPropagation(); } });");
        add(stage, bar);
        Shortcuts.addShortcutListener(this, () -> go(current + 1), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> go(current + 1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> go(current - 1), Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> go(current - 1), Key.PAGE_UP);
        Shortcuts.addShortcutListener(this, timer::toggle, Key.KEY_T);
        Shortcuts.addShortcutListener(this, this::finish, Key.ESCAPE);
        go(0);
    }

    private void buildSteps(SessionDetail d) {
        steps.clear();
        steps.add(new Step("Ground rules", 0, () -> {
            UnorderedList list = new UnorderedList();
            sessions.groundRules().forEach(r -> list.add(new ListItem(r)));
            return list;
        }));
        steps.add(new Step("Who is here", 0, this::attendance));
        steps.add(new Step("Actions from last time", 0, () -> ActionList.of(actions.openActions(account, d.session().teamId()))));
        steps.add(new Step(d.session().focusTitle(), 0, () -> sessions.focusContent(d.session())
                .<Component>map(c -> new Html("<div class=\"lantern-lesson-body\">" + c.html() + "</div>"))
                .orElseGet(() -> new Paragraph(d.session().focusType() == FocusType.TOPIC ? "Topic: " + d.session().focusTitle()
                        : "This is no longer available (for example, its author withdrew consent)."))));
        ReflectionModel model = sessions.model(d.session().modelKey()).orElse(null);
        if (model != null) {
            for (ReflectionModel.Stage s : model.stages()) {
                steps.add(new Step(s.title(), s.minutes(), () -> {
                    UnorderedList prompts = new UnorderedList();
                    s.prompts().forEach(p -> prompts.add(new ListItem(p)));
                    return prompts;
                }));
            }
        }
        steps.add(new Step("Agree actions", 0, this::agreeActions));
    }

    /** Ends facilitation on the session page, where the notes are written. */
    private void finish() {
        getUI().ifPresent(ui -> ui.navigate(SessionLinks.session(sessionId)));
    }

    /** Who came: ticked here, saved at once, the same record as on the session page. */
    private Component attendance() {
        SessionDetail d = sessions.detail(account, sessionId);
        CheckboxGroup<SessionDetail.Attendee> who = new CheckboxGroup<>("Tick everyone who is here");
        who.setItems(d.team());
        who.setItemLabelGenerator(SessionDetail.Attendee::name);
        who.setValue(d.team().stream().filter(SessionDetail.Attendee::present).collect(Collectors.toSet()));
        Span saved = new Span();
        saved.getElement().setAttribute("role", "status");
        Button save = new Button("Save attendance", e -> {
            sessions.recordAttendance(account, sessionId, who.getValue().stream().map(SessionDetail.Attendee::accountId)
                    .collect(Collectors.toSet()));
            saved.setText("Attendance saved.");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(who, new Div(save, saved));
    }

    /** What will we do differently, who, by when: recorded here as the team agrees it. */
    private Component agreeActions() {
        SessionDetail d = sessions.detail(account, sessionId);
        Div box = new Div(new Paragraph("What will we do differently? Who will do it, and by when?"));
        Div agreed = new Div(ActionList.of(d.actions()));
        box.add(new H2("Agreed so far"), agreed, new H2("Add an action"), SessionView.actionForm(actions, account, d, () -> go(current)));
        return box;
    }

    private void go(int index) {
        if (index < 0 || index >= steps.size()) {
            return;
        }
        current = index;
        Step step = steps.get(index);
        stage.removeAll();
        H1 title = new H1(step.title());
        stage.add(title, step.body().get());
        position.setText("Step " + (index + 1) + " of " + steps.size());
        next.setText(index == steps.size() - 1 ? "Finish" : "Next");
        timer.reset(step.minutes());
    }
}
