package org.lantern.people;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares a people file with the accounts Lantern has and works out what an import changes, without
 * writing anything. Rules: people are matched by user name; the file's name, e-mail, roles, teams and
 * managed teams replace what the account has; administrator rights are never given, removed or
 * disabled by an import; {@code active=false} disables (never deletes); a person missing from the file
 * is a leaver only when the administrator chose so.
 */
final class ImportPlanner {

    /** Lantern's accounts and teams as they are now. */
    record Current(List<Account> accounts, Map<Long, String> emails, Set<Long> erased, List<Team> teams) {
    }

    /**
     * What one account should become. Teams are by name in lower case.
     *
     * @param accountId null for a new account
     */
    record Target(@Nullable Long accountId, String username, String displayName, @Nullable String email, boolean enabled,
                  Set<Role> roles, Map<String, Boolean> teams, boolean rolesChange, boolean teamsChange) {
    }

    record Planned(ImportPlan plan, List<Target> writes, Map<String, String> teamsToCreate) {
    }

    private final Current current;
    private final ImportOptions options;
    private final Map<String, Account> byUsername = new HashMap<>();
    private final Map<String, Team> teamsByKey = new HashMap<>();
    private final Map<String, String> teamsToCreate = new TreeMap<>();

    ImportPlanner(Current current, ImportOptions options) {
        this.current = current;
        this.options = options;
        current.accounts().forEach(a -> byUsername.put(a.username(), a));
        current.teams().forEach(t -> teamsByKey.put(key(t.name()), t));
    }

    Planned plan(PeopleCsv.Parsed file) {
        if (options.missingAreLeavers() && file.rows().isEmpty()) {
            throw new PeopleException("The file has no one Lantern could import, so everyone else would be disabled as a "
                    + "leaver. Nothing was changed.");
        }
        List<ImportPlan.PersonChange> people = new ArrayList<>();
        List<ImportPlan.Rejection> rejected = new ArrayList<>(file.rejected());
        List<Target> writes = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (PeopleCsv.Row row : file.rows()) {
            Long earlier = firstLine.putIfAbsent(row.username(), row.line());
            try {
                if (earlier != null) {
                    throw new PeopleException("also on line " + earlier + ": each person can be in the file once.");
                }
                Target target = target(row);
                Account existing = byUsername.get(row.username());
                ImportPlan.PersonChange change = change(row.line(), existing, target);
                people.add(change);
                if (change.kind() != ImportPlan.Kind.UNCHANGED) {
                    writes.add(target);
                }
            } catch (PeopleException e) {
                rejected.add(new ImportPlan.Rejection(row.line(), "'" + row.username() + "': " + e.getMessage()));
            }
        }
        if (options.missingAreLeavers()) {
            for (Account account : current.accounts()) {
                if (account.enabled() && !account.hasRole(Role.ADMIN) && !current.erased().contains(account.id())
                        && !file.named().contains(account.username())) {
                    Target leaver = new Target(account.id(), account.username(), account.displayName(),
                            current.emails().get(account.id()), false, account.roles(), teamsOf(account), false, false);
                    people.add(change(0, account, leaver));
                    writes.add(leaver);
                }
            }
        }
        rejected.sort(java.util.Comparator.comparingLong(ImportPlan.Rejection::line));
        // a team is created only for lines that are imported
        Set<String> used = writes.stream().flatMap(w -> w.teams().keySet().stream()).collect(Collectors.toSet());
        teamsToCreate.keySet().retainAll(used);
        return new Planned(new ImportPlan(List.copyOf(people), List.copyOf(rejected), List.copyOf(teamsToCreate.values()),
                file.ignoredColumns(), false), List.copyOf(writes), Map.copyOf(teamsToCreate));
    }

    private Target target(PeopleCsv.Row row) {
        Account existing = byUsername.get(row.username());
        if (existing != null && current.erased().contains(existing.id())) {
            throw new PeopleException("this user name belongs to an erased account and cannot be used again.");
        }
        if (existing != null && existing.hasRole(Role.ADMIN) && !row.active() && existing.enabled()) {
            throw new PeopleException("is an administrator, and the import never disables administrators. Remove their "
                    + "administrator rights on People and teams first, or disable the account there.");
        }
        Map<String, Boolean> teams = new LinkedHashMap<>();
        for (String team : row.teams()) {
            teams.put(team(team), false);
        }
        for (String team : row.manages()) {
            teams.put(team(team), true);
        }
        Set<Role> roles = EnumSet.copyOf(row.roles());
        if (existing != null && existing.hasRole(Role.ADMIN)) {
            roles.add(Role.ADMIN);
        }
        return new Target(existing == null ? null : existing.id(), row.username(), row.displayName(), row.email(),
                row.active(), roles, teams, existing == null || !existing.roles().equals(roles),
                existing == null || !teamsOf(existing).equals(teams));
    }

    /** The team's key, after checking Lantern has the team or may create it. */
    private String team(String name) {
        String key = key(name);
        if (teamsByKey.containsKey(key)) {
            return key;
        }
        if (!options.createMissingTeams()) {
            throw new PeopleException("'" + name + "' is not a team in Lantern. Add it on People and teams, or choose to "
                    + "create teams that do not exist yet.");
        }
        if (name.length() > AccountRules.MAX_NAME) {
            throw new PeopleException("the team name '" + name.substring(0, 40) + "…' is longer than " + AccountRules.MAX_NAME
                    + " characters.");
        }
        teamsToCreate.putIfAbsent(key, name);
        return key;
    }

    private ImportPlan.PersonChange change(long line, @Nullable Account existing, Target target) {
        if (existing == null) {
            if (!target.enabled()) {
                return new ImportPlan.PersonChange(line, target.username(), target.displayName(), ImportPlan.Kind.UNCHANGED,
                        List.of("a leaver without an account in Lantern: no account is made"));
            }
            return new ImportPlan.PersonChange(line, target.username(), target.displayName(), ImportPlan.Kind.NEW,
                    List.of("roles: " + target.roles().stream().map(Role::key).collect(Collectors.joining(", ")),
                            "teams: " + describeTeams(target.teams())));
        }
        List<String> changes = new ArrayList<>();
        if (!existing.displayName().equals(target.displayName())) {
            changes.add("name: " + existing.displayName() + " → " + target.displayName());
        }
        String email = current.emails().get(existing.id());
        if (!Objects.equals(email, target.email())) {
            changes.add("e-mail: " + (email == null ? "none" : email) + " → " + (target.email() == null ? "none" : target.email()));
        }
        diff(changes, "roles", existing.roles().stream().map(Role::key).toList(), target.roles().stream().map(Role::key).toList(),
                k -> k);
        Map<String, Boolean> teams = teamsOf(existing);
        diff(changes, "teams", List.copyOf(teams.keySet()), List.copyOf(target.teams().keySet()), this::name);
        diff(changes, "manages", managed(teams), managed(target.teams()), this::name);
        if (existing.enabled() != target.enabled()) {
            changes.add(target.enabled() ? "can sign in again" : "leaver: can no longer sign in");
        }
        ImportPlan.Kind kind = changes.isEmpty() ? ImportPlan.Kind.UNCHANGED
                : existing.enabled() && !target.enabled() ? ImportPlan.Kind.DISABLED : ImportPlan.Kind.CHANGED;
        return new ImportPlan.PersonChange(line, target.username(), target.displayName(), kind, List.copyOf(changes));
    }

    private static void diff(List<String> changes, String what, List<String> before, List<String> after,
                             java.util.function.UnaryOperator<String> name) {
        List<String> parts = new ArrayList<>();
        after.stream().filter(k -> !before.contains(k)).forEach(k -> parts.add("+" + name.apply(k)));
        before.stream().filter(k -> !after.contains(k)).forEach(k -> parts.add("−" + name.apply(k)));
        if (!parts.isEmpty()) {
            changes.add(what + ": " + String.join(", ", parts));
        }
    }

    private static List<String> managed(Map<String, Boolean> teams) {
        return teams.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    private static Map<String, Boolean> teamsOf(Account account) {
        Map<String, Boolean> teams = new LinkedHashMap<>();
        account.teams().forEach(t -> teams.put(key(t.teamName()), t.manager()));
        return teams;
    }

    private String describeTeams(Map<String, Boolean> teams) {
        return teams.isEmpty() ? "none" : teams.entrySet().stream()
                .map(e -> name(e.getKey()) + (e.getValue() ? " (manager)" : "")).collect(Collectors.joining(", "));
    }

    /** A team's name as Lantern (or the file, for a new team) spells it. */
    private String name(String key) {
        Team team = teamsByKey.get(key);
        return team != null ? team.name() : teamsToCreate.getOrDefault(key, key);
    }

    static String key(String teamName) {
        return teamName.trim().toLowerCase(Locale.ROOT);
    }
}
