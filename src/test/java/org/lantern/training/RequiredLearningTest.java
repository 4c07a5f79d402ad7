package org.lantern.training;

import org.junit.jupiter.api.Test;
import org.lantern.LanternTest;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.people.NewAccount;
import org.lantern.people.PeopleService;
import org.lantern.people.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LanternTest
@Transactional
class RequiredLearningTest {

    private static final String RISK = "positive-risk-taking";
    private static final String RECOVERY = "recovery-in-everyday-practice";

    @Autowired
    RequiredModules required;
    @Autowired
    Compliance compliance;
    @Autowired
    TrainingService training;
    @Autowired
    TrainingRepository repository;
    @Autowired
    TrainingRecord record;
    @Autowired
    PeopleService people;
    @Autowired
    Clock clock;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Team team(String name) {
        return people.createTeam(name + " " + run, "Community services");
    }

    private Account person(String name, Set<Role> roles, Set<Long> teams, Set<Long> manages) {
        return people.createAccount(new NewAccount(name.toLowerCase().replace(' ', '.') + "." + run, name, "a long enough password",
                roles, teams, manages));
    }

    private Account admin() {
        return people.findByUsername("admin").orElseThrow();
    }

    @Test
    void aManagerAssignsOnlyToTheTeamsTheyManage() {
        Team north = team("North");
        Team south = team("South");
        Account manager = person("Nia Manager", Set.of(Role.MANAGER, Role.STAFF), Set.of(), Set.of(north.id()));
        LocalDate due = today().plusDays(30);

        RequiredModule assigned = required.assign(manager, new RequiredModule.Request(RISK, due, Set.of(north.id()), Set.of()));
        assertThat(assigned.audience()).isEqualTo("Members of " + north.name());
        assertThat(assigned.editable()).isTrue();
        assertThat(required.assignableTeams(manager)).extracting(Team::id).containsExactly(north.id());

        assertThatThrownBy(() -> required.assign(manager, new RequiredModule.Request(RISK, due, Set.of(south.id()), Set.of())))
                .isInstanceOf(TrainingException.class).hasMessage("You can only assign modules to teams you manage.");
        assertThatThrownBy(() -> required.assign(manager, new RequiredModule.Request(RISK, due, Set.of(north.id(), south.id()), Set.of())))
                .hasMessage("You can only assign modules to teams you manage.");
        assertThatThrownBy(() -> required.assign(manager, new RequiredModule.Request(RISK, due, Set.of(), Set.of(Role.STAFF))))
                .hasMessage("Choose the teams you manage: only an administrator can assign by role alone.");

        RequiredModule southOnly = required.assign(admin(), new RequiredModule.Request(RISK, due, Set.of(south.id()), Set.of()));
        assertThat(required.assignments(manager, false)).extracting(RequiredModule::id)
                .contains(assigned.id()).doesNotContain(southOnly.id());
        assertThatThrownBy(() -> required.withdraw(manager, southOnly.id()))
                .hasMessage("You can only change assignments for teams you manage.");
        assertThatThrownBy(() -> required.change(manager, southOnly.id(), new RequiredModule.Request(RISK, due, Set.of(north.id()), Set.of())))
                .hasMessage("You can only change assignments for teams you manage.");
        RequiredModule byRole = required.assign(admin(), new RequiredModule.Request(RECOVERY, due, Set.of(), Set.of(Role.EDITOR)));
        assertThat(byRole.audience()).isEqualTo("Everyone with the role Editor");
    }

    @Test
    void badRequestsAreRefusedWithAClearMessage() {
        Team team = team("West");
        Account admin = admin();
        assertThatThrownBy(() -> required.assign(admin, new RequiredModule.Request(RISK, today().minusDays(1), Set.of(team.id()), Set.of())))
                .hasMessage("The due date is in the past: choose today or a later date.");
        assertThatThrownBy(() -> required.assign(admin, new RequiredModule.Request("no-such-module", today(), Set.of(team.id()), Set.of())))
                .hasMessage("Choose a module: that one does not exist.");
        assertThatThrownBy(() -> required.assign(admin, new RequiredModule.Request(RISK, null, Set.of(team.id()), Set.of())))
                .hasMessage("Choose the date it is due by.");
        assertThatThrownBy(() -> required.assign(admin, new RequiredModule.Request(RISK, today(), Set.of(), Set.of())))
                .hasMessage("Choose at least one team or role that must complete it.");
        assertThat(required.assign(admin, new RequiredModule.Request(RISK, today(), Set.of(team.id()), Set.of())).dueOn()).isEqualTo(today());
    }

    @Test
    void changingAndWithdrawingKeepTheHistory() {
        Team team = team("East");
        Account manager = person("Eve Manager", Set.of(Role.MANAGER), Set.of(), Set.of(team.id()));
        Account staff = person("Sam Staff", Set.of(Role.STAFF), Set.of(team.id()), Set.of());
        RequiredModule a = required.assign(manager, new RequiredModule.Request(RISK, today().plusDays(40), Set.of(team.id()), Set.of()));
        assertThat(compliance.requiredOf(staff)).extracting(Requirement::moduleKey).containsExactly(RISK);

        required.change(manager, a.id(), new RequiredModule.Request(RISK, today().plusDays(5), Set.of(team.id()), Set.of()));
        assertThat(compliance.requiredOf(staff)).singleElement().satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(today().plusDays(5));
            assertThat(r.state()).isEqualTo(RequirementState.DUE_SOON);
        });

        required.withdraw(manager, a.id());
        assertThat(compliance.requiredOf(staff)).isEmpty();
        assertThat(required.assignments(manager, false)).extracting(RequiredModule::id).doesNotContain(a.id());
        assertThat(required.assignments(manager, true)).filteredOn(r -> r.id() == a.id()).singleElement()
                .satisfies(r -> {
                    assertThat(r.withdrawnAt()).isNotNull();
                    assertThat(r.editable()).isFalse();
                });
        assertThatThrownBy(() -> required.withdraw(manager, a.id())).hasMessage("That assignment no longer applies: it was withdrawn.");
    }

    @Test
    void teamsAndRolesTogetherMeanTheMembersWithThatRole() {
        Team team = team("Rivers");
        Account staff = person("Rita Staff", Set.of(Role.STAFF), Set.of(team.id()), Set.of());
        Account editor = person("Ed Editor", Set.of(Role.EDITOR), Set.of(team.id()), Set.of());
        Account elsewhere = person("Olu Staff", Set.of(Role.STAFF), Set.of(), Set.of());
        required.assign(admin(), new RequiredModule.Request(RISK, today().plusDays(60), Set.of(team.id()), Set.of(Role.STAFF)));

        assertThat(compliance.requiredOf(staff)).extracting(Requirement::moduleKey).containsExactly(RISK);
        assertThat(compliance.requiredOf(editor)).isEmpty();
        assertThat(compliance.requiredOf(elsewhere)).isEmpty();
    }

    @Test
    void complianceShowsDoneDueSoonOverdueAndNotDueYetAndAnExpiredCompletionIsDueAgain() {
        Team team = team("Harbour");
        Account manager = person("Hal Manager", Set.of(Role.MANAGER), Set.of(), Set.of(team.id()));
        Account done = person("Ada Done", Set.of(Role.STAFF), Set.of(team.id()), Set.of());
        Account expired = person("Ben Expired", Set.of(Role.STAFF), Set.of(team.id()), Set.of());
        Account refresh = person("Cat Refresh", Set.of(Role.STAFF), Set.of(team.id()), Set.of());
        Account none = person("Dan None", Set.of(Role.STAFF), Set.of(team.id()), Set.of());
        LocalDate due = today().plusDays(30);
        required.assign(manager, new RequiredModule.Request(RISK, due, Set.of(team.id()), Set.of()));
        Instant now = clock.instant();
        repository.recordCompletion(done.id(), RISK, "Positive risk-taking", 71, now, today().plusYears(2));
        repository.recordCompletion(expired.id(), RISK, "Positive risk-taking", 71, now.minusSeconds(800L * 86400), today().minusDays(3));
        repository.recordCompletion(refresh.id(), RISK, "Positive risk-taking", 71, now.minusSeconds(700L * 86400), today().plusDays(20));

        Map<String, RequirementState> early = states(compliance.team(manager, team.id(), today()));
        assertThat(early).containsEntry("Ada Done", RequirementState.DONE)
                .containsEntry("Ben Expired", RequirementState.NOT_DUE_YET)
                .containsEntry("Cat Refresh", RequirementState.REFRESH_DUE)
                .containsEntry("Dan None", RequirementState.NOT_DUE_YET);
        assertThat(compliance.team(manager, team.id(), due.minusDays(14)).rows()).filteredOn(m -> m.displayName().equals("Dan None"))
                .singleElement().satisfies(m -> assertThat(m.cells().get(RISK).describe())
                        .isEqualTo("Due soon: by " + Requirement.DATE.format(due)));
        Map<String, RequirementState> late = states(compliance.team(manager, team.id(), due.plusDays(1)));
        assertThat(late).containsEntry("Dan None", RequirementState.OVERDUE).containsEntry("Ben Expired", RequirementState.OVERDUE)
                .containsEntry("Cat Refresh", RequirementState.OVERDUE).containsEntry("Ada Done", RequirementState.DONE);
        LocalDate afterAdaExpires = today().plusYears(2).plusDays(1);
        assertThat(states(compliance.team(manager, team.id(), afterAdaExpires))).as("expired after the due date: due again, on the day it expired")
                .containsEntry("Ada Done", RequirementState.OVERDUE);
        TeamCompliance atStart = compliance.team(manager, team.id(), today());
        assertThat(atStart.countsOf(RISK)).as("the team's manager is one of its members").isEqualTo("2 done, 0 due soon, 0 overdue, 3 not due yet");

        assertThat(compliance.dueSoonAndOverdue(due.plusDays(1))).filteredOn(d -> d.requirement().moduleKey().equals(RISK))
                .extracting(Compliance.Due::accountId).contains(none.id(), refresh.id(), expired.id()).doesNotContain(done.id());
        assertThat(compliance.dueSoonAndOverdue(today())).extracting(Compliance.Due::accountId)
                .as("only the completion that lapses within the refresh window").contains(refresh.id())
                .doesNotContain(expired.id(), none.id(), done.id());
        assertThat(compliance.dueSoonAndOverdue(due.minusDays(3))).extracting(Compliance.Due::accountId)
                .contains(expired.id(), none.id(), refresh.id()).doesNotContain(done.id());

        Account otherManager = person("Oz Manager", Set.of(Role.MANAGER), Set.of(), Set.of());
        assertThatThrownBy(() -> compliance.team(otherManager, team.id()))
                .hasMessage("You can only see required learning for teams you manage.");
        assertThat(compliance.team(admin(), team.id()).rows()).hasSize(5);
        assertThat(new String(compliance.teamCsv(manager, team.id()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("team,staff_member,module,state,due,completed,valid_until", "Dan None,Positive risk-taking,\"Not done, not due yet\"," + due);
    }

    private static Map<String, RequirementState> states(TeamCompliance c) {
        Map<String, RequirementState> result = new HashMap<>();
        c.rows().forEach(m -> result.put(m.displayName(), m.cells().get(RISK).state()));
        return result;
    }

    @Test
    void aRetakeInTheRefreshWindowAddsACompletionAndKeepsTheEarlierOne() {
        Account person = person("Rae Retake", Set.of(Role.STAFF), Set.of(), Set.of());
        TrainingModule module = training.module(RISK).orElseThrow();
        Instant twoYearsAgo = clock.instant().minusSeconds(700L * 86400);
        repository.recordCompletion(person.id(), RISK, module.title(), module.estimatedMinutes(), twoYearsAgo, today().plusDays(30));
        assertThat(training.progress(person, RISK).orElseThrow().refreshOpen(today())).isTrue();
        assertThat(record.validity(training.progress(person, RISK).orElseThrow())).contains("Refresh by "
                + Requirement.DATE.format(today().plusDays(30)) + ": pass the knowledge check again to renew it (reading the lessons again helps).");

        module.lessons().forEach(l -> training.markDone(person, RISK, l.key()));
        assertThat(record.completionHistory(person, RISK)).as("lessons alone do not renew it").hasSize(1);
        Map<String, Set<Integer>> answers = new HashMap<>();
        training.drawCheck(person, RISK).asked().forEach(q -> answers.put(q.key(), q.correctOptions()));
        assertThat(training.submitCheck(person, RISK, answers).passed()).isTrue();

        assertThat(record.completionHistory(person, RISK)).hasSize(2).satisfies(h -> {
            assertThat(h.getFirst().completedAt()).isCloseTo(twoYearsAgo, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
            assertThat(h.getFirst().validUntil()).isEqualTo(today().plusDays(30));
            assertThat(h.get(1).completedAt()).isAfter(h.getFirst().completedAt());
        });
        ModuleProgress after = training.progress(person, RISK).orElseThrow();
        assertThat(after.validUntil()).isEqualTo(today().plusYears(2));
        assertThat(after.refreshOpen(today())).isFalse();
        assertThat(record.validity(after)).contains("Valid until " + Requirement.DATE.format(today().plusYears(2)) + ".");
        assertThat(record.completedModules(person)).as("the CPD record lists both").hasSize(2);

        training.submitCheck(person, RISK, answersFor(person));
        assertThat(record.completionHistory(person, RISK)).as("outside the refresh window a pass adds nothing").hasSize(2);
    }

    private Map<String, Set<Integer>> answersFor(Account person) {
        Map<String, Set<Integer>> answers = new HashMap<>();
        training.drawCheck(person, RISK).asked().forEach(q -> answers.put(q.key(), q.correctOptions()));
        return answers;
    }
}
