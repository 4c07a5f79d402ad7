package org.lantern.people;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that creates or changes people from outside Lantern (a people file, single sign-on claims,
 * SCIM): it writes what {@link ImportPlanner} decided, so each route follows the same rules (administrator
 * rights never given or taken, leavers disabled and never deleted). Runs in the caller's transaction.
 */
@Component
@RequiredArgsConstructor
class PeopleWriter {

    private final PeopleRepository people;
    private final PeopleImportRepository repository;
    private final PasswordEncoder passwordEncoder;

    /**
     * What changes for one person, planned as the import plans a file of one line.
     *
     * @param existing the person's account, null for someone new
     * @throws PeopleException why the person cannot be written (the import would reject their line)
     */
    ImportPlanner.Planned planOne(@Nullable Account existing, PeopleCsv.Row row, ImportOptions options) {
        ImportPlanner.Planned planned = new ImportPlanner(new ImportPlanner.Current(existing == null ? List.of() : List.of(existing),
                repository.emails(), Set.of(), people.findTeams()), options)
                .plan(new PeopleCsv.Parsed(List.of(row), List.of(), Set.of(row.username()), List.of()));
        if (!planned.plan().rejected().isEmpty()) {
            throw new PeopleException(planned.plan().rejected().getFirst().message());
        }
        return planned;
    }

    /**
     * Creates the teams and writes the accounts, roles and memberships of the plan. New accounts get no usable password.
     *
     * @return the ids of the accounts written, by user name
     */
    Map<String, Long> write(ImportPlanner.Planned planned) {
        Map<String, Long> teamIds = new HashMap<>();
        people.findTeams().forEach(t -> teamIds.put(ImportPlanner.key(t.name()), t.id()));
        planned.teamsToCreate().forEach((key, name) -> teamIds.put(key, people.insertTeam(name, null)));
        List<ImportPlanner.Target> writes = planned.writes();
        List<ImportPlanner.Target> created = writes.stream().filter(w -> w.accountId() == null).toList();
        Map<String, Long> ids = new HashMap<>(created.isEmpty() ? Map.of() : repository.insertAccounts(created.stream()
                .map(w -> new PeopleImportRepository.NewRow(w.username(), w.displayName(), w.email())).toList(),
                AccountPersonalData.unusablePasswordHash(passwordEncoder)));
        repository.updateAccounts(writes.stream().filter(w -> w.accountId() != null).toList());
        Map<Long, Set<Role>> roles = new HashMap<>();
        Map<Long, Map<Long, Boolean>> memberships = new HashMap<>();
        for (ImportPlanner.Target w : writes) {
            long id = w.accountId() != null ? w.accountId() : ids.get(w.username());
            ids.put(w.username(), id);
            if (w.rolesChange()) {
                roles.put(id, w.roles());
            }
            if (w.teamsChange()) {
                Map<Long, Boolean> teams = new HashMap<>();
                w.teams().forEach((key, manager) -> teams.put(teamIds.get(key), manager));
                memberships.put(id, teams);
            }
        }
        repository.replaceRoles(roles);
        repository.replaceMemberships(memberships);
        return ids;
    }
}
