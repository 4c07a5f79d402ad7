package org.lantern.training.ui;

import org.lantern.base.security.Role;
import org.lantern.base.ui.HomeWidget;
import org.lantern.training.ModuleProgress;
import org.lantern.training.TrainingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.lantern.training.Compliance;
import org.lantern.training.RequirementState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.List;
import java.util.Locale;

/** Training on the home page. */
@Configuration(proxyBeanMethods = false)
class LearnHome {

    /**
     * Required learning, first on the "Learn" card: each module required of the person that is not
     * done (or is due a refresh), with its due date and, in words, whether it is due soon or overdue.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    HomeWidget requiredLearningHomeWidget(Compliance compliance) {
        return HomeWidget.of("learn", (card, account) -> compliance.requiredOf(account).stream()
                .filter(r -> r.state() != RequirementState.DONE)
                .forEach(r -> {
                    Anchor link = new Anchor(TrainingLinks.module(r.moduleKey()), r.headline());
                    link.addClassNames("lantern-required", "lantern-required-" + r.state().name().toLowerCase(Locale.ROOT));
                    card.add(new Paragraph(link));
                }));
    }

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
