package org.lantern.base.security;

import java.util.List;
import java.util.Set;

/**
 * A person's account as the rest of Lantern sees it: never the password hash.
 *
 * @param teams the teams the person belongs to (including ones they manage)
 */
public record Account(long id, String username, String displayName, boolean enabled, Set<Role> roles,
                      List<TeamMembership> teams) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The teams this person manages. */
    public List<TeamMembership> managedTeams() {
        return teams.stream().filter(TeamMembership::manager).toList();
    }

    /** Whether the person belongs to the team, as a member or as its manager. */
    public boolean belongsTo(long teamId) {
        return teams.stream().anyMatch(t -> t.teamId() == teamId);
    }

    /** Whether the person is a manager and manages this team. */
    public boolean manages(long teamId) {
        return hasRole(Role.MANAGER) && managedTeams().stream().anyMatch(t -> t.teamId() == teamId);
    }

    /** One team the person belongs to, and whether they manage it. */
    public record TeamMembership(long teamId, String teamName, boolean manager) {
    }
}
