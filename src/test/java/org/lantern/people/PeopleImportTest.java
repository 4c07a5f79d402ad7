package org.lantern.people;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.AUDIT_EVENT;

/** Importing people from an HR export on the real database: plan, apply, re-apply, leavers and errors. */
@LanternTest
class PeopleImportTest {

    private static final String HEADER = "username,display_name,email,teams,roles,manages,active\n";

    @Autowired
    PeopleImport imports;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DSLContext db;
    @Autowired
    AccountPersonalData personalData;

    private Account admin() {
        return people.findByUsername("admin").orElseThrow();
    }

    private static byte[] csv(String... lines) {
        return (HEADER + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private Account account(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    private String email(String username) {
        return db.select(ACCOUNT.EMAIL).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOne(ACCOUNT.EMAIL);
    }

    @Test
    void aPlanWritesNothingApplyingCreatesThePeopleAndApplyingAgainChangesNothing() {
        people.createTeam("Imp1 Ward", null);
        people.createTeam("Imp1 Crisis", null);
        byte[] file = csv("imp1.ann,Ann Imp,ann@trust.example,Imp1 Ward,staff,,true",
                "imp1.bob,Bob Imp,bob@trust.example,imp1 ward;Imp1 Crisis,staff;manager,Imp1 Crisis,true");

        ImportPlan plan = imports.plan(admin(), file, ImportOptions.SAFE);
        assertThat(plan.applied()).isFalse();
        assertThat(plan.count(ImportPlan.Kind.NEW)).isEqualTo(2);
        assertThat(plan.people().get(1).changes()).containsExactly("roles: staff, manager",
                "teams: Imp1 Ward, Imp1 Crisis (manager)");
        assertThat(people.findByUsername("imp1.ann")).isEmpty();

        ImportPlan applied = imports.apply(admin(), file, ImportOptions.SAFE);
        assertThat(applied.applied()).isTrue();
        assertThat(applied.summary()).isEqualTo("2 new, 0 changed, 0 disabled, 0 unchanged, 0 lines rejected");
        Account bob = account("imp1.bob");
        assertThat(bob.displayName()).isEqualTo("Bob Imp");
        assertThat(bob.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.MANAGER);
        assertThat(bob.teams()).extracting(Account.TeamMembership::teamName, Account.TeamMembership::manager)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Imp1 Crisis", true),
                        org.assertj.core.groups.Tuple.tuple("Imp1 Ward", false));
        assertThat(bob.manages(people.findTeamByName("Imp1 Crisis").orElseThrow().id())).isTrue();
        assertThat(email("imp1.ann")).isEqualTo("ann@trust.example");

        ImportPlan again = imports.apply(admin(), file, ImportOptions.SAFE);
        assertThat(again.nothingToChange()).isTrue();
        assertThat(again.count(ImportPlan.Kind.UNCHANGED)).isEqualTo(2);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.USERNAME.eq("admin")
                .and(AUDIT_EVENT.DETAIL.eq("People imported from a file: 2 new, 0 changed, 0 disabled, 0 unchanged, 0 lines rejected"))))
                .isEqualTo(1);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.DETAIL.contains("imp1.ann"))).as("the file is not audited").isZero();
    }

    @Test
    void importedPeopleHaveNoPasswordThatWorks() {
        imports.apply(admin(), csv("imp2.new,New Person,,,staff,,true"), ImportOptions.SAFE);
        String hash = userDetails.loadUserByUsername("imp2.new").getPassword();
        assertThat(hash).startsWith("{bcrypt}");
        for (String guess : List.of("", "demo", "imp2.new", "password")) {
            assertThat(passwordEncoder.matches(guess, hash)).isFalse();
        }
        long id = account("imp2.new").id();
        assertThat(people.accountsWithoutPassword()).as("People and teams says: no password yet").contains(id);
        people.resetPassword(id, "a long new password");
        assertThat(people.accountsWithoutPassword()).doesNotContain(id);
    }

    @Test
    void anImportedEMailAddressIsInDownloadMyDataAndGoesWhenTheAccountIsErased() {
        imports.apply(admin(), csv("imp7.gil,Gil,gil@trust.example,,staff,,true"), ImportOptions.SAFE);
        long id = account("imp7.gil").id();
        assertThat(personalData.export(id)).singleElement().satisfies(section -> {
            assertThat(section.readme()).contains("- E-mail: gil@trust.example");
            assertThat(section.data().toString()).contains("gil@trust.example");
        });
        personalData.erase(id);
        assertThat(db.select(ACCOUNT.EMAIL).from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOne(ACCOUNT.EMAIL)).isNull();
    }

    @Test
    void changesAreDescribedAndAppliedButAdministratorRightsAreNeverGivenOrTaken() {
        people.createTeam("Imp3 A", null);
        people.createTeam("Imp3 B", null);
        people.createDemoAccounts(List.of(
                new NewAccount("imp3.cara", "Cara", "demo", EnumSet.of(Role.STAFF, Role.EDITOR), Set.of(), Set.of()),
                new NewAccount("imp3.boss", "Boss", "demo", EnumSet.of(Role.ADMIN, Role.STAFF), Set.of(), Set.of())));
        long teamA = people.findTeamByName("Imp3 A").orElseThrow().id();
        people.updateAccount(account("imp3.cara").id(), "Cara", true, EnumSet.of(Role.STAFF, Role.EDITOR), Set.of(teamA), Set.of());

        ImportPlan plan = imports.apply(admin(), csv(
                "imp3.cara,Cara Jones,cara@trust.example,Imp3 B,staff;manager,Imp3 B,true",
                "imp3.boss,Boss,,Imp3 A,staff,,true",
                "imp3.boss2,Boss Two,,,staff;admin,,true"), ImportOptions.SAFE);

        assertThat(plan.people()).filteredOn(p -> p.username().equals("imp3.cara")).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ImportPlan.Kind.CHANGED);
            assertThat(p.changes()).containsExactly("name: Cara → Cara Jones", "e-mail: none → cara@trust.example",
                    "roles: +manager, −editor", "teams: +Imp3 B, −Imp3 A", "manages: +Imp3 B");
        });
        assertThat(account("imp3.cara").roles()).containsExactlyInAnyOrder(Role.STAFF, Role.MANAGER);
        assertThat(account("imp3.boss").roles()).as("an administrator stays one").contains(Role.ADMIN);
        assertThat(plan.rejected()).extracting(ImportPlan.Rejection::line).containsExactly(4L);
        assertThat(people.findByUsername("imp3.boss2")).isEmpty();

        ImportPlan leaving = imports.plan(admin(), csv("imp3.boss,Boss,,Imp3 A,staff,,false"), ImportOptions.SAFE);
        assertThat(leaving.rejected()).singleElement().extracting(ImportPlan.Rejection::message).asString()
                .startsWith("'imp3.boss': is an administrator, and the import never disables administrators.");
    }

    @Test
    void aLeaverIsDisabledNotDeletedCannotSignInAndTheirSessionsEnd() {
        imports.apply(admin(), csv("imp4.dan,Dan,,,staff,,true"), ImportOptions.SAFE);
        long before = db.select(ACCOUNT.SESSION_VERSION).from(ACCOUNT).where(ACCOUNT.USERNAME.eq("imp4.dan")).fetchOne(ACCOUNT.SESSION_VERSION);

        ImportPlan plan = imports.apply(admin(), csv("imp4.dan,Dan,,,staff,,false", "imp4.never,Never Here,,,staff,,false"),
                ImportOptions.SAFE);

        assertThat(plan.people()).extracting(ImportPlan.PersonChange::kind)
                .containsExactly(ImportPlan.Kind.DISABLED, ImportPlan.Kind.UNCHANGED);
        assertThat(account("imp4.dan").enabled()).isFalse();
        assertThat(userDetails.loadUserByUsername("imp4.dan").isEnabled()).isFalse();
        assertThat(db.select(ACCOUNT.SESSION_VERSION).from(ACCOUNT).where(ACCOUNT.USERNAME.eq("imp4.dan"))
                .fetchOne(ACCOUNT.SESSION_VERSION)).as("open sessions end").isGreaterThan(before);
        assertThat(people.findByUsername("imp4.never")).as("a leaver Lantern never knew gets no account").isEmpty();
        assertThat(imports.apply(admin(), csv("imp4.dan,Dan,,,staff,,false"), ImportOptions.SAFE).nothingToChange()).isTrue();
    }

    @Test
    @Transactional
    void peopleMissingFromTheFileAreLeaversOnlyWhenChosenAndNeverAdministrators() {
        byte[] file = csv("staff,Sam Staff,,Community Team North,staff,,true");
        assertThat(imports.plan(admin(), file, ImportOptions.SAFE).count(ImportPlan.Kind.DISABLED)).isZero();

        ImportPlan plan = imports.apply(admin(), file, new ImportOptions(false, true));

        assertThat(plan.people()).filteredOn(p -> p.kind() == ImportPlan.Kind.DISABLED)
                .allSatisfy(p -> assertThat(p.line()).isZero())
                .extracting(ImportPlan.PersonChange::username).contains("manager", "evaluator").doesNotContain("staff", "admin");
        assertThat(account("manager").enabled()).isFalse();
        assertThat(account("staff").enabled()).isTrue();
        assertThat(account("admin").enabled()).isTrue();
        assertThatThrownBy(() -> imports.apply(admin(), csv(), new ImportOptions(false, true)))
                .isInstanceOf(PeopleException.class).hasMessageContaining("everyone else would be disabled");
    }

    @Test
    void unknownTeamsAreRejectedUnlessTheAdministratorChoosesToCreateThem() {
        byte[] file = csv("imp5.eve,Eve,,Imp5 New Ward;imp5 new ward,staff,,true", "imp5.fay,Fay,,Imp5 New Ward,staff,,true",
                "imp5.eve,Eve Again,,,staff,,true");

        ImportPlan refused = imports.apply(admin(), file, ImportOptions.SAFE);
        assertThat(refused.rejected()).extracting(ImportPlan.Rejection::message).containsExactly(
                "'imp5.eve': 'Imp5 New Ward' is not a team in Lantern. Add it on People and teams, or choose to create teams "
                        + "that do not exist yet.",
                "'imp5.fay': 'Imp5 New Ward' is not a team in Lantern. Add it on People and teams, or choose to create teams "
                        + "that do not exist yet.",
                "'imp5.eve': also on line 2: each person can be in the file once.");
        assertThat(people.findTeamByName("Imp5 New Ward")).isEmpty();

        ImportPlan created = imports.apply(admin(), file, new ImportOptions(true, false));
        assertThat(created.teamsToCreate()).containsExactly("Imp5 New Ward");
        assertThat(created.count(ImportPlan.Kind.NEW)).isEqualTo(2);
        assertThat(people.findTeamByName("imp5 new ward").orElseThrow().memberCount()).isEqualTo(2);
        assertThat(imports.apply(admin(), file, new ImportOptions(true, false)).nothingToChange()).isTrue();
    }

    @Test
    void aBadFileWritesNothingAndOnlyAdministratorsMayImport() {
        assertThatThrownBy(() -> imports.apply(admin(), "username,display_name\nimp6.x,X\n".getBytes(StandardCharsets.UTF_8),
                ImportOptions.SAFE)).isInstanceOf(PeopleException.class).hasMessageStartingWith("Line 1 has no 'email', 'teams'");
        assertThat(people.findByUsername("imp6.x")).isEmpty();
        assertThatThrownBy(() -> imports.plan(account("manager"), csv("imp6.y,Y,,,staff,,true"), ImportOptions.SAFE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
