package org.lantern.people;

import org.lantern.base.security.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Teams of a chosen size for tests, apart from the demo teams so no other test's figures change. */
public final class TestTeams {

    private TestTeams() {
    }

    /** A team with one manager ({@code <prefix>.manager}) and staff {@code <prefix>.s1}, {@code <prefix>.s2}... */
    public record TestTeam(long id, String manager, List<String> staff) {
    }

    /** Creates the team and its accounts (password "demo"). */
    public static TestTeam create(PeopleService people, String prefix, int staff) {
        long team = people.createTeam(prefix + " team", "Test service").id();
        List<NewAccount> accounts = new ArrayList<>();
        accounts.add(new NewAccount(prefix + ".manager", prefix + " Manager", "demo", EnumSet.of(Role.MANAGER, Role.STAFF),
                Set.of(), Set.of(team)));
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= staff; i++) {
            names.add(prefix + ".s" + i);
            accounts.add(new NewAccount(prefix + ".s" + i, prefix + " Staff " + i, "demo", EnumSet.of(Role.STAFF), Set.of(team), Set.of()));
        }
        people.createDemoAccounts(accounts);
        return new TestTeam(team, prefix + ".manager", List.copyOf(names));
    }
}
