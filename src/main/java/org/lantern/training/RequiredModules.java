package org.lantern.training;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.people.Directory;
import org.lantern.people.PeopleService;
import org.lantern.people.Team;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Required learning: administrators assign modules to teams, roles or both with a due date; managers
 * to the teams they manage. Assignments can be changed or withdrawn; withdrawn ones are kept as history.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RequiredModules {

    private final RequiredLearningRepository repository;
    private final ModuleCatalogue catalogue;
    private final PeopleService people;
    private final Directory directory;
    private final Clock clock;

    /** The teams the person may assign modules to: every team for an administrator, the teams a manager manages. */
    @Transactional(readOnly = true)
    public List<Team> assignableTeams(Account account) {
        return people.allTeams().stream().filter(t -> account.hasRole(Role.ADMIN) || account.manages(t.id())).toList();
    }

    /** Whether the person may assign modules at all. */
    public boolean canAssign(Account account) {
        return account.hasRole(Role.ADMIN) || account.hasRole(Role.MANAGER) && !account.managedTeams().isEmpty();
    }

    /**
     * Assigns a module as required learning.
     *
     * @throws TrainingException with a message for the form when the request breaks a rule
     */
    @Transactional
    public RequiredModule assign(Account account, RequiredModule.Request request) {
        check(account, request);
        long id = repository.insert(request.moduleKey(), request.dueOn(), account.id(), clock.instant());
        repository.setTargets(id, request.teamIds(), request.roles());
        return view(account, repository.find(id).orElseThrow());
    }

    /**
     * Changes an assignment's module, due date, teams or roles.
     *
     * @throws TrainingException when it is withdrawn, or the person may not change it, or the change breaks a rule
     */
    @Transactional
    public RequiredModule change(Account account, long id, RequiredModule.Request request) {
        RequiredLearningRepository.Row row = editableRow(account, id);
        check(account, request);
        repository.update(row.id(), request.moduleKey(), request.dueOn(), clock.instant());
        repository.setTargets(row.id(), request.teamIds(), request.roles());
        return view(account, repository.find(id).orElseThrow());
    }

    /** Withdraws an assignment: it stops applying and stays in the history. */
    @Transactional
    public void withdraw(Account account, long id) {
        editableRow(account, id);
        repository.withdraw(id, account.id(), clock.instant());
    }

    /**
     * The assignments the person may see: all for an administrator; for a manager, those naming a team
     * they manage. Each says whether the person may change it.
     */
    @Transactional(readOnly = true)
    public List<RequiredModule> assignments(Account account, boolean withWithdrawn) {
        List<RequiredLearningRepository.Row> rows = repository.all(withWithdrawn).stream()
                .filter(r -> account.hasRole(Role.ADMIN) || r.teamIds().stream().anyMatch(account::manages)).toList();
        return views(account, rows);
    }

    /** Every assignment that applies today, for working out who is required to do what. */
    List<RequiredModule> live() {
        return views(null, repository.all(false));
    }

    private void check(Account account, RequiredModule.Request request) {
        if (catalogue.module(request.moduleKey()).isEmpty()) {
            throw new TrainingException("Choose a module: that one does not exist.");
        }
        if (request.dueOn() == null) {
            throw new TrainingException("Choose the date it is due by.");
        }
        if (request.dueOn().isBefore(LocalDate.now(clock))) {
            throw new TrainingException("The due date is in the past: choose today or a later date.");
        }
        if (request.teamIds().isEmpty() && request.roles().isEmpty()) {
            throw new TrainingException("Choose at least one team or role that must complete it.");
        }
        Set<Long> known = new HashSet<>(people.allTeams().stream().map(Team::id).toList());
        if (!known.containsAll(request.teamIds())) {
            throw new TrainingException("One of the chosen teams no longer exists. Reload the page and choose again.");
        }
        if (!account.hasRole(Role.ADMIN)) {
            if (request.teamIds().isEmpty()) {
                throw new TrainingException("Choose the teams you manage: only an administrator can assign by role alone.");
            }
            if (!request.teamIds().stream().allMatch(account::manages)) {
                throw new TrainingException("You can only assign modules to teams you manage.");
            }
        }
    }

    private RequiredLearningRepository.Row editableRow(Account account, long id) {
        RequiredLearningRepository.Row row = repository.find(id)
                .orElseThrow(() -> new TrainingException("That assignment no longer applies: it was withdrawn."));
        if (!editable(account, row)) {
            throw new TrainingException("You can only change assignments for teams you manage.");
        }
        return row;
    }

    private static boolean editable(Account account, RequiredLearningRepository.Row row) {
        return row.withdrawnAt() == null && (account.hasRole(Role.ADMIN)
                || !row.teamIds().isEmpty() && row.teamIds().stream().allMatch(account::manages));
    }

    private RequiredModule view(Account account, RequiredLearningRepository.Row row) {
        return views(account, List.of(row)).getFirst();
    }

    private List<RequiredModule> views(Account account, Collection<RequiredLearningRepository.Row> rows) {
        Map<Long, String> teams = directory.teamNames(rows.stream().flatMap(r -> r.teamIds().stream()).distinct().toList());
        Map<Long, String> setters = directory.displayNames(rows.stream().flatMap(r -> Stream.ofNullable(r.setBy())).distinct().toList());
        return rows.stream().map(r -> new RequiredModule(r.id(), r.moduleKey(),
                catalogue.module(r.moduleKey()).map(TrainingModule::title).orElse(r.moduleKey() + " (no longer available)"),
                r.dueOn(), teams.entrySet().stream().filter(e -> r.teamIds().contains(e.getKey()))
                        .map(e -> new RequiredModule.TeamRef(e.getKey(), e.getValue())).toList(),
                r.roles(), r.setBy() == null ? null : setters.get(r.setBy()), r.withdrawnAt(),
                account != null && editable(account, r))).toList();
    }
}
