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

    /**
     * The teams this person manages: none without the manager role, whatever the team lists say, so
     * no caller can give a manager's view to someone whose role was taken away.
     */
    public List<TeamMembership> managedTeams() {
        return hasRole(Role.MANAGER) ? teamsNamedAsManager() : List.of();
    }

    /**
     * The teams that name this person as a manager, with or without the manager role: only for
     * editing the account, so that taking the role away and giving it back loses nothing.
     */
    public List<TeamMembership> teamsNamedAsManager() {
        return teams.stream().filter(TeamMembership::manager).toList();
    }

    /** Whether the person belongs to the team, as one of its staff or one of its managers. */
    public boolean belongsTo(long teamId) {
        return teams.stream().anyMatch(t -> t.teamId() == teamId);
    }

    /**
     * Whether the person manages the team: they hold the manager role and are one of the team's
     * managers. Being named a team's manager without the role gives no manager's rights.
     */
    public boolean manages(long teamId) {
        return hasRole(Role.MANAGER) && teams.stream().anyMatch(t -> t.manager() && t.teamId() == teamId);
    }

    /** One team the person belongs to, and whether they manage it. */
    public record TeamMembership(long teamId, String teamName, boolean manager) {
    }
}
