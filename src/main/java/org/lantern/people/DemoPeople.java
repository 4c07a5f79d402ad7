package org.lantern.people;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Role;

import org.lantern.base.demo.DemoData;
import org.lantern.base.demo.DemoFeature;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Demo accounts (password "demo") in three teams, plus a dozen made-up staff so team views have
 * something to show. All names are invented.
 */
@DemoFeature(value = "people", order = 0)
@RequiredArgsConstructor
class DemoPeople implements DemoData {

    static final String PASSWORD = "demo";

    private final PeopleService people;

    @Override
    public void seed() {
        long community = people.createTeam("Community Team North", "Adult community mental health").id();
        long ward = people.createTeam("Acute Ward Two", "Inpatient mental health").id();
        long living = people.createTeam("Supported Living East", "Supported living").id();

        List<NewAccount> accounts = new java.util.ArrayList<>();
        account(accounts, "staff", "Sam Staff", EnumSet.of(Role.STAFF), Set.of(community), Set.of());
        account(accounts, "manager", "Morgan Manager", EnumSet.of(Role.MANAGER, Role.STAFF), Set.of(), Set.of(community, living));
        account(accounts, "evaluator", "Evan Evaluator", EnumSet.of(Role.EVALUATOR), Set.of(), Set.of());
        account(accounts, "editor", "Eden Editor", EnumSet.of(Role.EDITOR, Role.STAFF), Set.of(), Set.of());
        account(accounts, "admin", "Alex Admin", EnumSet.of(Role.ADMIN), Set.of(), Set.of());
        account(accounts, "ward.manager", "Wren Ward-Manager", EnumSet.of(Role.MANAGER, Role.STAFF), Set.of(), Set.of(ward));

        List<String[]> staff = List.of(
                new String[]{"amira.k", "Amira K."}, new String[]{"ben.o", "Ben O."}, new String[]{"chloe.d", "Chloe D."},
                new String[]{"dev.p", "Dev P."}, new String[]{"ella.m", "Ella M."}, new String[]{"femi.a", "Femi A."},
                new String[]{"grace.l", "Grace L."}, new String[]{"hari.s", "Hari S."}, new String[]{"isla.r", "Isla R."},
                new String[]{"jon.t", "Jon T."}, new String[]{"kemi.b", "Kemi B."}, new String[]{"lena.w", "Lena W."});
        long[] teams = {community, ward, living};
        for (int i = 0; i < staff.size(); i++) {
            account(accounts, staff.get(i)[0], staff.get(i)[1], EnumSet.of(Role.STAFF), Set.of(teams[i % 3]), Set.of());
        }
        people.createDemoAccounts(accounts);
    }

    private static void account(List<NewAccount> accounts, String username, String name, Set<Role> roles,
                                Set<Long> teams, Set<Long> managed) {
        accounts.add(new NewAccount(username, name, PASSWORD, roles, teams, managed));
    }
}
