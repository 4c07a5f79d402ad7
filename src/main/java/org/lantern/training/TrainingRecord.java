package org.lantern.training;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
}
