package org.lantern.people;

import org.lantern.base.security.Role;

import java.util.Set;

/**
 * What is needed to create an account.
 *
 * @param teamIds       teams the person joins as a member
 * @param managedTeamIds teams the person manages (they join them too)
 */
public record NewAccount(String username, String displayName, String password, Set<Role> roles,
                         Set<Long> teamIds, Set<Long> managedTeamIds) {
}
