package org.lantern.people;

import org.lantern.base.security.Role;

import org.lantern.base.security.Account;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ACCOUNT_ROLE;

@LanternTest
@Transactional
class PeopleServiceTest {

    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    DSLContext db;

    private NewAccount newStaff(String username, String password) {
        return new NewAccount(username, "Test Person", password, EnumSet.of(Role.STAFF), Set.of(), Set.of());
    }

    @Test
    void demoAccountsExistWithTheirRolesAndTeams() {
        assertThat(people.findByUsername("staff")).get().satisfies(a -> {
            assertThat(a.roles()).containsExactly(Role.STAFF);
            assertThat(a.teams()).extracting(Account.TeamMembership::teamName).containsExactly("Community Team North");
        });
        assertThat(people.findByUsername("manager").orElseThrow().managedTeams()).hasSize(2);
        for (String role : new String[]{"evaluator", "editor", "admin"}) {
            assertThat(people.findByUsername(role).orElseThrow().hasRole(Role.fromKey(role).orElseThrow())).isTrue();
        }
        assertThat(people.allAccounts()).hasSizeGreaterThanOrEqualTo(17);
        assertThat(people.allTeams()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void passwordsAreStoredHashedWithAModernAlgorithm() {
        people.createAccount(newStaff("hash.check", "correct horse battery"));
        String hash = db.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.USERNAME.eq("hash.check")).fetchOne(ACCOUNT.PASSWORD_HASH);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(userDetails.loadUserByUsername("HASH.CHECK").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_STAFF");
    }

    @Test
    void userNamesAreCheckedAndUniqueIgnoringCase() {
        assertThatThrownBy(() -> people.createAccount(newStaff("Has Space", "long enough password")))
                .isInstanceOf(PeopleException.class).hasMessageStartingWith("User names are 2 to 64 characters");
        assertThatThrownBy(() -> people.createAccount(newStaff("STAFF", "long enough password")))
                .hasMessage("The user name 'staff' is already taken.");
    }

    @Test
    void shortPasswordsAndMissingRolesAreRefused() {
        assertThatThrownBy(() -> people.createAccount(newStaff("short.pw", "abc")))
                .hasMessageStartingWith("Passwords need at least 10 characters");
        assertThatThrownBy(() -> people.createAccount(new NewAccount("no.roles", "No Roles", "long enough password",
                Set.of(), Set.of(), Set.of()))).hasMessage("Choose at least one role.");
    }

    @Test
    void theLastAdministratorCannotBeRemoved() {
        // other tests create administrators of their own: disable them while this one is the last
        List<Account> others = people.allAccounts().stream()
                .filter(a -> a.enabled() && a.hasRole(Role.ADMIN) && !a.username().equals("admin")).toList();
        others.forEach(o -> people.updateAccount(o.id(), o.displayName(), false, o.roles(), teamIds(o), managedIds(o)));
        try {
            Account admin = people.findByUsername("admin").orElseThrow();
            assertThatThrownBy(() -> people.updateAccount(admin.id(), admin.displayName(), true, EnumSet.of(Role.STAFF), Set.of(), Set.of()))
                    .hasMessageStartingWith("This is the only administrator");
            assertThatThrownBy(() -> people.updateAccount(admin.id(), admin.displayName(), false, EnumSet.of(Role.ADMIN), Set.of(), Set.of()))
                    .hasMessageStartingWith("This is the only administrator");
        } finally {
            others.forEach(o -> people.updateAccount(o.id(), o.displayName(), true, o.roles(), teamIds(o), managedIds(o)));
        }
    }

    private static Set<Long> teamIds(Account account) {
        return account.teams().stream().map(Account.TeamMembership::teamId).collect(java.util.stream.Collectors.toSet());
    }

    private static Set<Long> managedIds(Account account) {
        return account.managedTeams().stream().map(Account.TeamMembership::teamId).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void managersJoinTheTeamsTheyManage() {
        Team team = people.createTeam("Test Team Alpha", "Test Service");
        Account created = people.createAccount(new NewAccount("lead.alpha", "Lead Alpha", "long enough password",
                EnumSet.of(Role.MANAGER), Set.of(), Set.of(team.id())));
        assertThat(created.managedTeams()).extracting(Account.TeamMembership::teamName).containsExactly("Test Team Alpha");
        assertThat(people.teamMembers(team.id())).extracting(Account::username).containsExactly("lead.alpha");
        assertThatThrownBy(() -> people.createTeam("test team ALPHA", null)).hasMessage("There is already a team called 'test team ALPHA'.");
    }

    @Test
    void changingYourOwnPasswordNeedsTheCurrentOne() {
        Account account = people.createAccount(newStaff("pw.change", "first password here"));
        assertThatThrownBy(() -> people.changeOwnPassword(account, "wrong", "second password here"))
                .hasMessage("Your current password is not right.");
        people.changeOwnPassword(account, "first password here", "second password here");
    }

    @Test
    void setupCreatesTheFirstAdministratorOnlyOnce() {
        assertThat(people.needsSetup()).isFalse();
        assertThatThrownBy(() -> people.createFirstAdmin("second.admin", "Second", "long enough password"))
                .hasMessage("Lantern is already set up. Sign in instead.");

        db.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ROLE.eq("admin")).execute();
        assertThat(people.needsSetup()).isTrue();
        Account first = people.createFirstAdmin("first.admin", "First Admin", "long enough password");
        assertThat(first.roles()).contains(Role.ADMIN);
        assertThat(people.needsSetup()).isFalse();
        assertThatThrownBy(() -> people.createFirstAdmin("another", "Another", "long enough password"))
                .isInstanceOf(PeopleException.class);
    }
}
