package org.lantern.people;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Other features show team and account names from here, a whole list's names in one look-up. */
@LanternTest
@Transactional
class DirectoryTest {

    @Autowired
    Directory directory;
    @Autowired
    PeopleService people;

    @Test
    void teamNamesComeInTheOrderOfTheirNames() {
        long n = System.nanoTime() % 1_000_000;
        long zinnia = people.createTeam("Zinnia Ward " + n, null).id();
        long aster = people.createTeam("Aster Ward " + n, null).id();
        long marigold = people.createTeam("Marigold Ward " + n, null).id();

        var names = directory.teamNames(List.of(zinnia, aster, marigold, -1L));

        assertThat(names.keySet()).as("ids of no team are left out").containsExactly(aster, marigold, zinnia);
        assertThat(names.get(aster)).isEqualTo("Aster Ward " + n);
        assertThat(directory.teamNames(List.of())).isEmpty();
    }

    @Test
    void displayNamesOfAccountsById() {
        long n = System.nanoTime() % 1_000_000;
        var ash = people.createAccount(new NewAccount("dir-ash-" + n, "Ash Okafor", "a long enough password",
                EnumSet.of(Role.STAFF), Set.of(), Set.of()));
        var bea = people.createAccount(new NewAccount("dir-bea-" + n, "Bea Nowak", "a long enough password",
                EnumSet.of(Role.STAFF), Set.of(), Set.of()));

        var names = directory.displayNames(Set.of(ash.id(), bea.id(), -1L));

        assertThat(names).hasSize(2).containsEntry(ash.id(), "Ash Okafor").containsEntry(bea.id(), "Bea Nowak");
        assertThat(directory.displayNames(Set.of())).isEmpty();
    }
}
