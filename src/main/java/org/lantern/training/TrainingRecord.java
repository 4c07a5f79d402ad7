package org.lantern.training;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's own record of completed training, for their CPD record and reflective accounts. Only
 * ever the signed-in person's own completions.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TrainingRecord {

    private final ModuleCatalogue catalogue;
    private final TrainingRepository repository;
    private final Clock clock;

    /** The modules the person has completed, earliest completion first. */
    @Transactional(readOnly = true)
    public List<CompletedModule> completedModules(Account account) {
        return repository.completionHistory(account.id()).stream()
                .map(c -> new CompletedModule(c.moduleKey(), c.moduleTitle(), c.completedAt(), c.minutes(),
                        catalogue.module(c.moduleKey()).map(m -> m.lessons().stream().map(TrainingModule.Lesson::title).toList())
                                .orElse(List.of()), c.validUntil()))
                .sorted(Comparator.comparing(CompletedModule::completedAt).thenComparing(CompletedModule::title))
                .toList();
    }

    /** The title of a live module, e.g. for a journal entry written on one of its lessons. */
    public Optional<String> moduleTitle(String moduleKey) {
        return catalogue.module(moduleKey).map(TrainingModule::title);
    }

    /**
     * What the person should know about their completion's validity, in plain words: until when it is
     * valid, "refresh by …" from {@value ModuleProgress#REFRESH_WINDOW_DAYS} days before it expires, or that it
     * has expired. Empty for a module not completed or whose completions never expire.
     */
    public Optional<String> validity(ModuleProgress p) {
        if (p.validUntil() == null) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        String until = Requirement.DATE.format(p.validUntil());
        if (p.expired(today)) {
            return Optional.of("Your completion expired on " + until + ". Pass the knowledge check again to renew it.");
        }
        return Optional.of(p.refreshOpen(today) ? "Refresh by " + until + ": pass the knowledge check again to renew it "
                + "(reading the lessons again helps)." : "Valid until " + until + ".");
    }

    /** Every completion of the person for one module, earliest first: a retake adds one and keeps the rest. */
    @Transactional(readOnly = true)
    public List<CompletedModule> completionHistory(Account account, String moduleKey) {
        return repository.completionHistory(account.id()).stream().filter(c -> c.moduleKey().equals(moduleKey))
                .map(c -> new CompletedModule(c.moduleKey(), c.moduleTitle(), c.completedAt(), c.minutes(), List.of(), c.validUntil()))
                .toList();
    }
}
