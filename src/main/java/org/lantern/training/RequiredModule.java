package org.lantern.training;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A module assigned as required learning, with a due date: to the members of some teams, to everyone
 * holding some roles, or, when both are given, to the members of those teams who hold one of those roles.
 *
 * @param withdrawnAt when it was withdrawn (kept as history), or null while it applies
 * @param editable    whether the person asking may change or withdraw it
 */
public record RequiredModule(long id, String moduleKey, String moduleTitle, LocalDate dueOn, List<TeamRef> teams,
                             Set<Role> roles, @Nullable String setBy, @Nullable Instant withdrawnAt, boolean editable) {

    public RequiredModule {
        teams = List.copyOf(teams);
        roles = Set.copyOf(roles);
    }

    /** A team an assignment names. */
    public record TeamRef(long id, String name) {
    }

    /** What an administrator or manager fills in to assign a module (or change an assignment). */
    public record Request(String moduleKey, @Nullable LocalDate dueOn, Set<Long> teamIds, Set<Role> roles) {

        public Request {
            teamIds = Set.copyOf(teamIds);
            roles = Set.copyOf(roles);
        }
    }

    /** Who the module is required of, in words, e.g. "Members of North community team with the role Staff member". */
    public String audience() {
        String teamWords = teams.stream().map(TeamRef::name).sorted().collect(Collectors.joining(", "));
        String roleWords = roles.stream().sorted().map(Role::label).collect(Collectors.joining(" or "));
        if (roles.isEmpty()) {
            return "Members of " + teamWords;
        }
        return teams.isEmpty() ? "Everyone with the role " + roleWords : "Members of " + teamWords + " with the role " + roleWords;
    }

    boolean appliesTo(org.lantern.base.security.Account person) {
        boolean inTeam = teams.isEmpty() || teams.stream().anyMatch(t -> person.belongsTo(t.id()));
        boolean hasRole = roles.isEmpty() || roles.stream().anyMatch(person::hasRole);
        return withdrawnAt == null && person.enabled() && inTeam && hasRole;
    }
}
