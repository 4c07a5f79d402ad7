package org.lantern.training.ui;

import org.lantern.base.ui.HomeCard;
import org.lantern.base.ui.HomeWidget;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.training.ModuleProgress;
import org.lantern.training.TrainingService;

import java.util.List;

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
    public void fill(HomeCard card, Account account) {
        if (!(account.hasRole(Role.STAFF) || account.hasRole(Role.MANAGER) || account.hasRole(Role.EDITOR))
                || training.modules().isEmpty()) {
            return;
        }
        List<ModuleProgress> progress = training.progress(account.username());
        long complete = progress.stream().filter(ModuleProgress::complete).count();
        training.resume(account.username()).ifPresent(resume -> card.add(TrainingLinks.resumeCard(resume)));
        card.text(complete + " of " + progress.size() + " modules complete.");
        card.link("learn", complete == 0 && progress.stream().noneMatch(ModuleProgress::started)
                ? "Start learning" : "See all modules");
    }
}
