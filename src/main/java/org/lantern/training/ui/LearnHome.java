package org.lantern.training.ui;

import org.lantern.base.security.Role;
import org.lantern.base.ui.HomeWidget;
import org.lantern.training.ModuleProgress;
import org.lantern.training.TrainingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Training on the home page. */
@Configuration(proxyBeanMethods = false)
class LearnHome {

    /** The "Learn" card: where to carry on, and how many modules are complete. */
    @Bean
    HomeWidget learnHomeWidget(TrainingService training) {
        return HomeWidget.of("learn", (card, account) -> {
            if (!(account.hasRole(Role.STAFF) || account.hasRole(Role.MANAGER) || account.hasRole(Role.EDITOR))
                    || training.modules().isEmpty()) {
                return;
            }
            List<ModuleProgress> progress = training.progress(account);
            long complete = progress.stream().filter(ModuleProgress::complete).count();
            training.resume(account).ifPresent(resume -> card.add(TrainingLinks.resumeCard(resume)));
            card.text(complete + " of " + progress.size() + " modules complete.");
            card.link("learn", complete == 0 && progress.stream().noneMatch(ModuleProgress::started)
                    ? "Start learning" : "See all modules");
        });
    }
}
