package org.lantern.people;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Account;
import org.lantern.base.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Accounts and teams as an identity platform pushes them over SCIM 2.0 (README "SCIM"): users are accounts, groups
 * are teams. Every change goes through {@link PeopleWriter}, the people import's door, with its rules: administrator
 * rights are never given or taken, leavers are disabled and never deleted. User names never change. Audited as "(SCIM)".
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScimPeople {

    /** Recorded as who made SCIM's changes in the audit trail. */
    static final String ACTOR = "(SCIM)";

    private final PeopleRepository people;
    private final PeopleImportRepository imports;
    private final ScimRepository scim;
    private final PeopleWriter writer;
    private final ApplicationEventPublisher events;

    /** An account as SCIM shows it. */
    public record User(long id, String userName, String displayName, @Nullable String email, boolean active,
                       @Nullable String externalId, Set<Role> roles, List<Account.TeamMembership> teams) {
    }

    /**
     * What SCIM asks an account to be.
     *
     * @param roles null to keep the account's roles (staff for a new one)
     */
    public record UserChange(String userName, String displayName, @Nullable String email, boolean active,
                             @Nullable String externalId, @Nullable Set<Role> roles) {
    }

    /** A team as SCIM shows it. */
    public record Group(long id, String name, List<User> members) {
    }

    /** One page of a list, and how many there are in all. */
    public record Page<T>(int total, List<T> items) {
    }

    @Transactional
    public User create(UserChange change) {
        imports.lock();
        String username;
        try {
            username = AccountRules.username(localPart(change.userName()));
        } catch (PeopleException e) {
            throw new ScimRefusal(400, "invalidValue", "userName: " + e.getMessage());
        }
        if (people.findCredentials(username).isPresent()) {
            throw new ScimRefusal(409, "uniqueness", "A Lantern account with the user name '" + username + "' already exists.");
        }
        if (!change.active()) {
            throw new ScimRefusal(400, "invalidValue", "Lantern makes accounts only for people who are active.");
        }
        if (change.roles() != null && change.roles().contains(Role.ADMIN)) {
            throw new ScimRefusal(400, "invalidValue", "SCIM never gives administrator rights.");
        }
        Set<Role> roles = change.roles() == null || change.roles().isEmpty() ? EnumSet.of(Role.STAFF) : change.roles();
        requireFree(change.externalId(), null);
        long id = write(row(username, change, roles, List.of()));
        scim.setExternalId(id, change.externalId());
        events.publishEvent(new AccountChanged(ACTOR, "Account created through SCIM: '" + username + "'"));
        return user(id);
    }

    @Transactional(readOnly = true)
    public User user(long id) {
        Account account = live(id);
        return new User(id, account.username(), account.displayName(), imports.emails().get(id), account.enabled(),
                scim.externalId(id).orElse(null), account.roles(), account.teams());
    }

    /**
     * @param userName   only the account with this user name (SCIM filter {@code userName eq "…"}), or all when null
     * @param externalId only the account with this external id, or all when null
     * @param startIndex 1-based, as SCIM counts
     */
    @Transactional(readOnly = true)
    public Page<User> users(@Nullable String userName, @Nullable String externalId, int startIndex, int count) {
        Set<Long> erased = imports.erased();
        Map<Long, String> emails = imports.emails();
        Map<Long, String> externalIds = scim.externalIds();
        Predicate<Account> wanted = a -> !erased.contains(a.id())
                && (userName == null || a.username().equalsIgnoreCase(localPart(userName)))
                && (externalId == null || externalId.equals(externalIds.get(a.id())));
        // a filter (what identity platforms send before each create) reads one account, not all of them
        List<Account> candidates = userName != null
                ? people.findCredentials(localPart(userName).toLowerCase(java.util.Locale.ROOT))
                        .flatMap(c -> people.findById(c.id())).stream().toList()
                : externalId != null ? scim.accountWithExternalId(externalId).flatMap(people::findById).stream().toList()
                : people.findAll();
        List<User> all = candidates.stream().filter(wanted).sorted(Comparator.comparingLong(Account::id))
                .map(a -> new User(a.id(), a.username(), a.displayName(), emails.get(a.id()), a.enabled(),
                        externalIds.get(a.id()), a.roles(), a.teams())).toList();
        return page(all, startIndex, count);
    }

    /** Replaces the account's name, e-mail, active state, external id and (when given) roles; teams stay. */
    @Transactional
    public User replace(long id, UserChange change) {
        Account account = live(id);
        if (!account.username().equalsIgnoreCase(localPart(change.userName()))) {
            throw new ScimRefusal(400, "mutability", "Lantern user names never change ('" + account.username() + "').");
        }
        if (change.roles() != null && change.roles().contains(Role.ADMIN) && !account.hasRole(Role.ADMIN)) {
            throw new ScimRefusal(400, "invalidValue", "SCIM never gives administrator rights.");
        }
        Set<Role> roles = EnumSet.of(Role.STAFF);
        if (change.roles() != null && !change.roles().isEmpty()) {
            roles = change.roles();
        } else if (account.roles().stream().anyMatch(r -> r != Role.ADMIN)) {
            roles = EnumSet.copyOf(account.roles().stream().filter(r -> r != Role.ADMIN).toList());
        }
        requireFree(change.externalId(), id);
        PeopleCsv.Row row = row(account.username(), change, roles, account.teams());
        ImportPlanner.Planned planned = plan(account, row);
        if (!planned.writes().isEmpty()) {
            writer.write(planned);
            events.publishEvent(new AccountChanged(ACTOR, "Account '" + account.username() + "' changed through SCIM: "
                    + String.join("; ", planned.plan().people().getFirst().changes())));
        }
        scim.setExternalId(id, change.externalId());
        return user(id);
    }

    /** Disables (or enables again) an account; SCIM's DELETE disables too: Lantern never deletes people. */
    @Transactional
    public User setActive(long id, boolean active) {
        User user = user(id);
        return replace(id, new UserChange(user.userName(), user.displayName(), user.email(), active, user.externalId(), null));
    }

    @Transactional(readOnly = true)
    public Page<Group> groups(@Nullable String displayName, int startIndex, int count) {
        List<Group> all = people.findTeams().stream().filter(t -> displayName == null || t.name().equalsIgnoreCase(displayName))
                .sorted(Comparator.comparingLong(Team::id)).map(t -> group(t.id())).toList();
        return page(all, startIndex, count);
    }

    @Transactional(readOnly = true)
    public Group group(long id) {
        Team team = people.findTeams().stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> ScimRefusal.notFound("Group " + id));
        Set<Long> erased = imports.erased();
        return new Group(id, team.name(), people.findTeamMembers(id).stream().filter(a -> !erased.contains(a.id()))
                .map(a -> new User(a.id(), a.username(), a.displayName(), null, a.enabled(), null, a.roles(), a.teams()))
                .toList());
    }

    /** Creates a team (SCIM POST /Groups) with these members. */
    @Transactional
    public Group createGroup(String name, Set<Long> members) {
        String teamName = name == null ? "" : name.strip();
        if (teamName.isEmpty() || teamName.length() > AccountRules.MAX_NAME) {
            throw new ScimRefusal(400, "invalidValue", "displayName: a team's name is 1 to " + AccountRules.MAX_NAME + " characters.");
        }
        if (people.findTeams().stream().anyMatch(t -> ImportPlanner.key(t.name()).equals(ImportPlanner.key(teamName)))) {
            throw new ScimRefusal(409, "uniqueness", "A team called '" + teamName + "' already exists.");
        }
        long id = people.insertTeam(teamName, null);
        events.publishEvent(new AccountChanged(ACTOR, "Team created through SCIM: '" + teamName + "'"));
        changeMembers(id, members, Set.of());
        return group(id);
    }

    /** Adds and removes members of a team: each person's other teams stay as they are. */
    @Transactional
    public Group changeMembers(long teamId, Set<Long> add, Set<Long> remove) {
        String team = group(teamId).name();
        for (long id : new LinkedHashSet<>(add)) {
            changeTeams(live(id), team, true);
        }
        for (long id : remove) {
            changeTeams(live(id), team, false);
        }
        return group(teamId);
    }

    private void changeTeams(Account account, String team, boolean member) {
        List<Account.TeamMembership> teams = new ArrayList<>(account.teams().stream()
                .filter(t -> !ImportPlanner.key(t.teamName()).equals(ImportPlanner.key(team))).toList());
        if (member) {
            teams.add(account.teams().stream().filter(t -> ImportPlanner.key(t.teamName()).equals(ImportPlanner.key(team)))
                    .findFirst().orElse(new Account.TeamMembership(0, team, false)));
        }
        User user = user(account.id());
        PeopleCsv.Row row = row(account.username(), new UserChange(user.userName(), user.displayName(), user.email(),
                user.active(), user.externalId(), null), account.roles(), teams);
        ImportPlanner.Planned planned = plan(account, row);
        if (!planned.writes().isEmpty()) {
            writer.write(planned);
            events.publishEvent(new AccountChanged(ACTOR, "Account '" + account.username() + "' changed through SCIM: "
                    + String.join("; ", planned.plan().people().getFirst().changes())));
        }
    }

    private void requireFree(@Nullable String externalId, @Nullable Long id) {
        if (externalId != null && scim.accountWithExternalId(externalId).filter(other -> !other.equals(id)).isPresent()) {
            throw new ScimRefusal(409, "uniqueness", "Another account already has the externalId '" + externalId + "'.");
        }
    }

    private Account live(long id) {
        return people.findById(id).filter(a -> !imports.erased().contains(id))
                .orElseThrow(() -> ScimRefusal.notFound("User " + id));
    }

    private static PeopleCsv.Row row(String username, UserChange change, Set<Role> roles, List<Account.TeamMembership> teams) {
        try {
            String email = AccountRules.email(change.email());
            return new PeopleCsv.Row(0, username, AccountRules.displayName(change.displayName() == null
                    || change.displayName().isBlank() ? username : change.displayName()), email, roles,
                    teams.stream().filter(t -> !t.manager()).map(Account.TeamMembership::teamName).toList(),
                    teams.stream().filter(Account.TeamMembership::manager).map(Account.TeamMembership::teamName).toList(),
                    change.active());
        } catch (PeopleException e) {
            throw new ScimRefusal(400, "invalidValue", e.getMessage());
        }
    }

    private long write(PeopleCsv.Row row) {
        return writer.write(plan(null, row)).get(row.username());
    }

    private ImportPlanner.Planned plan(@Nullable Account account, PeopleCsv.Row row) {
        try {
            return writer.planOne(account, row, ImportOptions.SAFE);
        } catch (PeopleException e) {
            throw new ScimRefusal(400, "invalidValue", e.getMessage());
        }
    }

    /**
     * Identity platforms send the sign-in address (user principal name) as userName, and single sign-on sends it as
     * preferred_username; the account's user name is its part before the @, the same from both.
     */
    static String localPart(String userName) {
        String name = userName == null ? "" : userName.strip();
        return name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
    }

    private static <T> Page<T> page(List<T> all, int startIndex, int count) {
        int from = Math.min(all.size(), Math.max(1, startIndex) - 1);
        int to = Math.min(all.size(), from + Math.max(0, count));
        return new Page<>(all.size(), all.subList(from, to));
    }
}
