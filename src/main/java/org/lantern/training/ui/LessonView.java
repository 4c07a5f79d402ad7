package org.lantern.training.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.ActionLink;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.training.ModuleProgress;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingService;

/** One lesson: safe rendered text, reflection prompts, the practice tool it uses, and "mark as done". */
@Route("learn/:module/lesson/:lesson")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE, Role.EDITOR_ROLE})
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingService training;
    private final LessonExtras extras;
    private final Account account;
    private String title = "Lesson";
    private final Div doneArea = new Div();

    LessonView(TrainingService training, CurrentAccount currentAccount, LessonExtras extras) {
        this.training = training;
        this.extras = extras;
        this.account = currentAccount.require();
        addClassNames("lantern-page", "lantern-reading");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleKey = event.getRouteParameters().get("module").orElse("");
        String lessonKey = event.getRouteParameters().get("lesson").orElse("");
        ModuleProgress progress = training.progress(account, moduleKey).orElse(null);
        TrainingModule.Lesson lesson = progress == null ? null : progress.module().lesson(lessonKey).orElse(null);
        if (lesson == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        training.visit(account, moduleKey, lessonKey);
        title = lesson.title();
        removeAll();
        build(progress, lesson);
    }

    private void build(ModuleProgress p, TrainingModule.Lesson lesson) {
        TrainingModule m = p.module();
        int number = m.lessons().indexOf(lesson) + 1;
        add(new Anchor(TrainingLinks.module(m.key()), m.title()));
        add(new H1(lesson.title()));
        add(Texts.meta("Lesson " + number + " of " + m.lessons().size() + " · about " + lesson.minutes() + " minutes"));
        Html body = new Html("<div class=\"lantern-lesson-body\">" + lesson.html() + "</div>");
        add(body);
        if (!lesson.toolKey().isEmpty()) {
            add(extras.toolLink(lesson.toolKey()));
        }
        if (!lesson.reflection().isEmpty()) {
            add(new H2("Reflect"));
            add(Texts.meta("Your answers go into your private journal. Only you can read them."));
            for (String prompt : lesson.reflection()) {
                add(extras.reflection(account, prompt, m.key() + "/" + lesson.key(), lesson.title()));
            }
        }
        updateDone(p.isDone(lesson.key()), m, lesson);
        add(doneArea, createPager(m, lesson));
    }

    private void updateDone(boolean done, TrainingModule m, TrainingModule.Lesson lesson) {
        doneArea.removeAll();
        doneArea.addClassName("lantern-toolbar");
        if (done) {
            Paragraph status = new Paragraph("You have marked this lesson as done.");
            status.addClassName("lantern-done");
            Button undo = new Button("Mark as not done", e -> {
                training.markNotDone(account, m.key(), lesson.key());
                updateDone(false, m, lesson);
            });
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            doneArea.add(status, undo);
        } else {
            Button mark = new Button("Mark as done", e -> {
                ModuleProgress after = training.markDone(account, m.key(), lesson.key());
                updateDone(true, m, lesson);
                if (after.complete()) {
                    doneArea.add(new Paragraph("Module complete. Your certificate is on the module page."));
                } else if (after.allLessonsDone() && !after.checkPassed()) {
                    doneArea.add(ActionLink.primary(TrainingLinks.check(m.key()), "All lessons done: take the knowledge check"));
                }
            });
            mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            doneArea.add(mark);
        }
    }

    private Component createPager(TrainingModule m, TrainingModule.Lesson lesson) {
        Nav pager = new Nav();
        pager.addClassName("lantern-pager");
        pager.getElement().setAttribute("aria-label", "Lessons");
        m.previous(lesson.key()).ifPresent(prev -> pager.add(ActionLink.secondary(TrainingLinks.lesson(m.key(), prev.key()), "Previous: " + prev.title())));
        m.next(lesson.key()).ifPresentOrElse(
                next -> pager.add(ActionLink.primary(TrainingLinks.lesson(m.key(), next.key()), "Next: " + next.title())),
                () -> pager.add(ActionLink.primary(TrainingLinks.check(m.key()), "Next: " + m.check().title())));
        return pager;
    }

    @Override
    public String getPageTitle() {
        return title + " | Lantern";
    }
}
