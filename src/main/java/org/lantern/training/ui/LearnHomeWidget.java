package org.lantern.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.training.ModuleProgress;
import org.lantern.training.TrainingService;


import java.util.List;
import java.util.Optional;

/** The "Learn" card on the home page: where to carry on, and how many modules are complete. */
@org.springframework.stereotype.Component
class LearnHomeWidget implements HomeWidget {

    private final TrainingService training;

    LearnHomeWidget(TrainingService training) {
        this.training = training;
    }

    @Override
    public String area() {
        return "learn";
    }

    @Override
    public Optional<Component> create(Account account) {
        if (!(account.hasRole(Role.STAFF) || account.hasRole(Role.MANAGER) || account.hasRole(Role.EDITOR))
                || training.modules().isEmpty()) {
            return Optional.empty();
        }
        List<ModuleProgress> progress = training.progress(account);
        long complete = progress.stream().filter(ModuleProgress::complete).count();
        Div box = new Div();
        training.resume(account).ifPresent(resume -> box.add(TrainingLinks.resumeCard(resume)));
        box.add(new Paragraph(complete + " of " + progress.size() + " modules complete."));
        box.add(new Anchor("learn", complete == 0 && progress.stream().noneMatch(ModuleProgress::started)
                ? "Start learning" : "See all modules"));
        return Optional.of(box);
    }
}
