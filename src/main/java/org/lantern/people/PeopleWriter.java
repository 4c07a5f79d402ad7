package org.lantern.people;

import lombok.RequiredArgsConstructor;

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
