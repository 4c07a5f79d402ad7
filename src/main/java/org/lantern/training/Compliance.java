package org.lantern.training;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lantern.audit.AuditEventType;
import org.lantern.audit.AuditService;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.lantern.people.PeopleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.lantern.base.export.CsvCells.guard;

/**
 * Where people stand with their required learning: each person's own list (first on their home page),
 * each team's compliance for its managers and administrators, and who has something due soon or overdue.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Compliance {

    private final RequiredModules assignments;
    private final ModuleCatalogue catalogue;
    private final TrainingRepository training;
    private final PeopleService people;
    private final AuditService audit;
    private final Clock clock;

    /** A person with a required module due soon or overdue: for reminders. */
    public record Due(long accountId, Requirement requirement) {
    }

    /** The modules required of the person, overdue first, then by due date. */
    @Transactional(readOnly = true)
    public List<Requirement> requiredOf(Account person) {
        return requirements(person, assignments.live(), training.completions(person.id()), LocalDate.now(clock));
    }

    /** The person's requirement for one module, if it is required of them. */
    @Transactional(readOnly = true)
    public Optional<Requirement> requiredOf(Account person, String moduleKey) {
        return requiredOf(person).stream().filter(r -> r.moduleKey().equals(moduleKey)).findFirst();
    }

    /** The teams whose compliance the person may see: every team for an administrator, else the teams they manage. */
    @Transactional(readOnly = true)
    public List<RequiredModule.TeamRef> teams(Account viewer) {
        return people.allTeams().stream().filter(t -> viewer.hasRole(Role.ADMIN) || viewer.manages(t.id()))
                .map(t -> new RequiredModule.TeamRef(t.id(), t.name())).toList();
    }

    /**
     * Each member of a team against each module required of them, with counts per module.
     *
     * @throws TrainingException when the viewer is neither an administrator nor a manager of the team
     */
    @Transactional(readOnly = true)
    public TeamCompliance team(Account viewer, long teamId) {
        return team(viewer, teamId, LocalDate.now(clock));
    }

    TeamCompliance team(Account viewer, long teamId, LocalDate today) {
        RequiredModule.TeamRef team = teams(viewer).stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(() -> new TrainingException("You can only see required learning for teams you manage."));
        List<Account> members = people.teamMembers(teamId).stream().filter(Account::enabled)
                .sorted(Comparator.comparing(Account::displayName)).toList();
        Map<Long, Map<String, TrainingRepository.Completion>> completions = members.isEmpty() ? Map.of()
                : training.latestCompletionsOf(members.stream().map(Account::id).toList());
        List<RequiredModule> live = assignments.live();
        List<TeamCompliance.Member> rows = new ArrayList<>();
        Map<String, Map<RequirementState, Integer>> counts = new LinkedHashMap<>();
        for (Account member : members) {
            List<Requirement> required = requirements(member, live, completions.getOrDefault(member.id(), Map.of()), today);
            if (required.isEmpty()) {
                continue;
            }
            Map<String, Requirement> cells = new LinkedHashMap<>();
            required.forEach(r -> {
                cells.put(r.moduleKey(), r);
                counts.computeIfAbsent(r.moduleKey(), k -> new EnumMap<>(RequirementState.class)).merge(r.state(), 1, Integer::sum);
            });
            rows.add(new TeamCompliance.Member(member.displayName(), cells));
        }
        List<TeamCompliance.ModuleRef> modules = catalogue.modules().stream().filter(m -> counts.containsKey(m.key()))
                .map(m -> new TeamCompliance.ModuleRef(m.key(), m.title())).toList();
        return new TeamCompliance(teamId, team.name(), modules, rows, counts);
    }

    /** The team's compliance as CSV, one line per member and required module; recorded in the audit trail. */
    @Transactional(readOnly = true)
    public byte[] teamCsv(Account viewer, long teamId) {
        TeamCompliance compliance = team(viewer, teamId);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("team", "staff_member", "module", "state", "due", "completed", "valid_until");
            for (TeamCompliance.Member member : compliance.rows()) {
                for (Requirement r : member.cells().values()) {
                    printer.printRecord(guard(compliance.teamName()), guard(member.displayName()), guard(r.moduleTitle()),
                            r.state().label(), r.dueOn(), r.completedOn() == null ? "" : r.completedOn(),
                            r.validUntil() == null ? "" : r.validUntil());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(viewer.username(), AuditEventType.EXPORT, "Required learning (CSV): team " + teamId);
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Everyone with a required module due within {@value RequirementState#DUE_SOON_DAYS} days, overdue, or
     * done but inside its refresh window (it lapses within {@value ModuleProgress#REFRESH_WINDOW_DAYS} days)
     * on {@code today}, for reminders. Disabled accounts are left out.
     */
    @Transactional(readOnly = true)
    public List<Due> dueSoonAndOverdue(LocalDate today) {
        List<RequiredModule> live = assignments.live();
        List<Account> everyone = people.allAccounts().stream().filter(Account::enabled).toList();
        Map<Long, Map<String, TrainingRepository.Completion>> completions = everyone.isEmpty() ? Map.of()
                : training.latestCompletionsOf(everyone.stream().map(Account::id).toList());
        return everyone.stream().flatMap(a -> requirements(a, live, completions.getOrDefault(a.id(), Map.of()), today).stream()
                        .filter(r -> r.state() == RequirementState.DUE_SOON || r.state() == RequirementState.OVERDUE
                                || r.state() == RequirementState.REFRESH_DUE)
                        .map(r -> new Due(a.id(), r)))
                .toList();
    }

    private List<Requirement> requirements(Account person, List<RequiredModule> live,
                                           Map<String, TrainingRepository.Completion> completions, LocalDate today) {
        Map<String, LocalDate> due = new LinkedHashMap<>();
        live.stream().filter(a -> a.appliesTo(person)).forEach(a -> due.merge(a.moduleKey(), a.dueOn(),
                (x, y) -> x.isBefore(y) ? x : y));
        return catalogue.modules().stream().filter(m -> due.containsKey(m.key())).map(m -> {
            TrainingRepository.Completion c = completions.get(m.key());
            return Requirement.of(m.key(), m.title(), due.get(m.key()),
                    c == null ? null : LocalDate.ofInstant(c.completedAt(), clock.getZone()), c == null ? null : c.validUntil(), today);
        }).sorted(Comparator.comparing((Requirement r) -> r.state().done()).thenComparing(r -> r.state() != RequirementState.OVERDUE)
                .thenComparing(Requirement::dueOn)).toList();
    }
}
