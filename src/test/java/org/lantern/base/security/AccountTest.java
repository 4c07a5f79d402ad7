package org.lantern.base.security;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for team membership and team management, which sessions, self-reviews and actions all ask. */
class AccountTest {

    private static final Account.TeamMembership NORTH_STAFF = new Account.TeamMembership(1, "North", false);
    private static final Account.TeamMembership SOUTH_MANAGER = new Account.TeamMembership(2, "South", true);

    @Test
    void aManagerManagesOnlyTheTeamsTheyAreNamedManagerOf() {
        Account manager = new Account(10, "m", "M", true, EnumSet.of(Role.MANAGER, Role.STAFF),
                List.of(NORTH_STAFF, SOUTH_MANAGER));
        assertThat(manager.manages(2)).isTrue();
        assertThat(manager.manages(1)).as("a member of staff in that team").isFalse();
        assertThat(manager.manages(3)).as("not in the team at all").isFalse();
    }

    @Test
    void beingNamedATeamsManagerWithoutTheManagerRoleGivesNoManagersRights() {
        Account staff = new Account(11, "s", "S", true, EnumSet.of(Role.STAFF), List.of(SOUTH_MANAGER));
        assertThat(staff.manages(2)).isFalse();
        assertThat(staff.belongsTo(2)).isTrue();
        // every manager's list (team progress, response rates, reminders, sessions) starts from managedTeams()
        assertThat(staff.managedTeams()).isEmpty();
        assertThat(staff.teamsNamedAsManager()).as("kept for the account form, so nothing is lost on saving")
                .containsExactly(SOUTH_MANAGER);
        Account manager = new Account(13, "m2", "M2", true, EnumSet.of(Role.MANAGER), List.of(NORTH_STAFF, SOUTH_MANAGER));
        assertThat(manager.managedTeams()).containsExactly(SOUTH_MANAGER);
    }

    @Test
    void staffAndManagersBothBelongToTheirTeams() {
        Account person = new Account(12, "p", "P", true, EnumSet.of(Role.MANAGER), List.of(NORTH_STAFF, SOUTH_MANAGER));
        assertThat(person.belongsTo(1)).isTrue();
        assertThat(person.belongsTo(2)).isTrue();
        assertThat(person.belongsTo(3)).isFalse();
    }
}
