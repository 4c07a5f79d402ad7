package org.lantern.training.ui;

import org.lantern.base.ui.DownloadLink;
import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Texts;
import org.lantern.base.ui.ActionLink;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.training.CompletedModule;
import org.lantern.training.Compliance;
import org.lantern.training.ModuleProgress;
import org.lantern.training.Requirement;
import org.lantern.training.TrainingModule;
import org.lantern.training.TrainingRecord;
import org.lantern.training.TrainingService;
import org.lantern.base.ui.RouteItem;


/** A module's overview: objectives, lessons with what is done, the knowledge check and the certificate. */
@Route("learn/:module")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE, Role.EDITOR_ROLE})
public class ModuleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainingService training;
    private final Compliance compliance;
    private final TrainingRecord record;
    private final Account account;
    private String title = "Module";

    ModuleView(TrainingService training, Compliance compliance, TrainingRecord record, CurrentAccount currentAccount) {
        this.training = training;
        this.compliance = compliance;
        this.record = record;
        this.account = currentAccount.require();
        addClassName("lantern-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteItem.find(event, "module", key -> training.progress(account, key)).ifPresent(progress -> {
            title = progress.module().title();
            removeAll();
            build(progress);
        });
    }

    private void build(ModuleProgress p) {
        TrainingModule m = p.module();
        add(new Anchor("learn", "All modules"));
        add(new H1(m.title()), new Paragraph(m.summary()));
        add(Texts.meta(m.lessons().size() + " lessons · about " + m.estimatedMinutes() + " minutes · pass mark "
                + m.passMark() + "%"));
        compliance.requiredOf(account, m.key()).ifPresent(r -> add(createRequired(r)));
        p.resumeLesson().ifPresent(l -> add(ActionLink.primary(TrainingLinks.lesson(m.key(), l.key()),
                p.started() ? "Carry on: " + l.title() : "Start the first lesson")));
        add(new H2("What you will learn"));
        UnorderedList objectives = new UnorderedList();
        m.objectives().forEach(o -> objectives.add(new ListItem(o)));
        add(objectives, new H2("Lessons"), createLessons(p), new H2(m.check().title()), createCheck(p));
        if (p.complete()) {
            add(createCertificate(m));
        }
    }

    private Component createRequired(Requirement r) {
        Paragraph line = new Paragraph("Required of you. " + r.describe() + ".");
        line.addClassNames("lantern-required", "lantern-required-" + r.state().name().toLowerCase(java.util.Locale.ROOT));
        return line;
    }

    private Component createLessons(ModuleProgress p) {
        OrderedList list = new OrderedList();
        list.addClassName("lantern-lessons");
        for (TrainingModule.Lesson lesson : p.module().lessons()) {
            Anchor link = new Anchor(TrainingLinks.lesson(p.module().key(), lesson.key()), lesson.title());
            Span meta = new Span(" · " + lesson.minutes() + " min" + (p.isDone(lesson.key()) ? " · done" : ""));
            meta.addClassName(p.isDone(lesson.key()) ? "lantern-done" : "lantern-meta");
            list.add(new ListItem(link, meta));
        }
        return list;
    }

    private Component createCheck(ModuleProgress p) {
        Div box = new Div();
        String status = p.bestScore() == null ? "Not tried yet." : "Your best score: " + p.bestScore() + "%"
                + (p.checkPassed() ? " (passed)." : ". You can try again as often as you like.");
        box.add(new Paragraph(p.module().check().draw() + " questions, picked at random each try. " + status));
        box.add(ActionLink.primary(TrainingLinks.check(p.module().key()), p.checkPassed() ? "Review the knowledge check" : "Take the knowledge check"));
        if (!p.complete()) {
            box.add(Texts.meta("The module is complete when every lesson is marked as done and you pass the knowledge check."));
        }
        return box;
    }

    private Component createCertificate(TrainingModule m) {
        Div box = new Div();
        box.addClassName("lantern-resume");
        box.add(new Paragraph("You have completed this module."));
        training.progress(account, m.key()).flatMap(record::validity).ifPresent(v -> box.add(new Paragraph(v)));
        List<CompletedModule> history = record.completionHistory(account, m.key());
        if (history.size() > 1) {
            box.add(Texts.meta("Completed on " + history.stream().map(c -> Requirement.DATE.format(
                    c.completedAt().atZone(java.time.ZoneId.systemDefault()))).collect(Collectors.joining(", ")) + "."));
        }
        box.add(DownloadLink.create("Download your certificate (PDF)", "certificate-" + m.key() + ".pdf", "application/pdf",
                () -> training.certificate(account, m.key())));
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " | Lantern";
    }
}
