package org.lantern.training.ui;

import org.lantern.base.security.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lantern.base.ui.Cards;
import org.lantern.base.security.CurrentAccount;
import org.lantern.base.security.Role;
import org.lantern.training.ModuleProgress;
import org.lantern.training.TrainingService;
import org.lantern.base.ui.PageHeader;

import java.util.List;

/** The module catalogue with the person's progress in each, and where to carry on. */
@Route("learn")
@PageTitle("Training modules | Lantern")
@Menu(title = "Training modules", order = 100, icon = "vaadin:academy-cap")
@RolesAllowed({Role.STAFF_ROLE, Role.MANAGER_ROLE, Role.EDITOR_ROLE})
public class LearnView extends Div {

    LearnView(TrainingService training, CurrentAccount currentAccount) {
        Account account = currentAccount.require();
        PageHeader.add(this, "Training modules",
                "Short lessons of 10 to 15 minutes. Lantern remembers where you got to, so you can stop "
                + "when your shift gets busy and carry on later, on any device.");
        training.resume(account).ifPresent(resume -> add(TrainingLinks.resumeCard(resume)));
        List<ModuleProgress> progress = training.progress(account);
        add(Cards.gridOrEmpty(progress, this::createCard,
                "No modules are published yet. They will appear here when an editor adds them."));
    }

    private Component createCard(ModuleProgress p) {
        Section card = new Section();
        card.addClassName("lantern-card");
        H2 title = new H2(new Anchor(TrainingLinks.module(p.module().key()), p.module().title()));
        Paragraph facts = new Paragraph(p.lessonCount() + " lessons · about " + p.module().estimatedMinutes() + " minutes");
        facts.addClassName("lantern-meta");
        ProgressBar bar = new ProgressBar(0, 1, p.fraction());
        String status = p.complete() ? "Completed" : p.started() ? p.lessonsDone() + " of " + p.lessonCount()
                + " lessons done" + (p.checkPassed() ? ", knowledge check passed" : "") : "Not started";
        bar.getElement().setAttribute("aria-label", p.module().title() + ": " + status);
        Paragraph statusText = new Paragraph(status);
        statusText.addClassName("lantern-status");
        card.add(title, new Paragraph(p.module().summary()), facts, bar, statusText);
        return card;
    }
}
