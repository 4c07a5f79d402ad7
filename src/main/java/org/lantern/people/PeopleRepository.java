package org.lantern.people;

import lombok.RequiredArgsConstructor;

import org.lantern.base.security.Role;

import org.lantern.base.security.Account;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Collection;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ACCOUNT_ROLE;
import static org.lantern.db.Tables.SERVICE;
import static org.lantern.db.Tables.TEAM;
import static org.lantern.db.Tables.TEAM_MEMBER;
import static org.lantern.db.Tables.ACCOUNT_IDENTITY;

/** jOOQ access to accounts, roles and teams. Returns records, never jOOQ rows. */
@Repository
@RequiredArgsConstructor
class PeopleRepository {

    private final DSLContext db;

    /** The stored credentials for sign-in. */
    record Credentials(long id, String username, String passwordHash, boolean enabled, Set<Role> roles) {
    }

    Optional<Credentials> findCredentials(String username) {
        return db.select(ACCOUNT.ID, ACCOUNT.USERNAME, ACCOUNT.PASSWORD_HASH, ACCOUNT.ENABLED)
                .from(ACCOUNT)
                .where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(mapping((id, name, passwordHash, enabled) ->
                        new Credentials(id, name, passwordHash, enabled, rolesOf(id))));
    }

    Optional<Long> idOf(String username) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOptional(ACCOUNT.ID);
    }

    Optional<Account> findByUsername(String username) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username))
                .fetchOptional(ACCOUNT.ID).flatMap(this::findById);
    }

    Optional<Account> findById(long id) {
        return loadAccounts(ACCOUNT.ID.eq(id)).stream().findFirst();
    }

    List<Long> allIds() {
        return db.select(ACCOUNT.ID).from(ACCOUNT).fetch(ACCOUNT.ID);
    }

    List<Account> findAll() {
        return loadAccounts(DSL.noCondition());
    }

    List<Account> findTeamMembers(long teamId) {
        return loadAccounts(ACCOUNT.ID.in(
                DSL.select(TEAM_MEMBER.ACCOUNT_ID).from(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(teamId))));
    }

    /** An account's own columns, before its roles and teams join it. */
    private record AccountRow(long id, String username, String displayName, boolean enabled) {
    }

    /** One role of an account, as stored. */
    private record RoleKey(long accountId, String key) {
    }

    private List<Account> loadAccounts(org.jooq.Condition condition) {
        Map<Long, AccountRow> rows = new LinkedHashMap<>();
        db.select(ACCOUNT.ID, ACCOUNT.USERNAME, ACCOUNT.DISPLAY_NAME, ACCOUNT.ENABLED)
                .from(ACCOUNT).where(condition).orderBy(ACCOUNT.DISPLAY_NAME, ACCOUNT.USERNAME)
                .fetch(mapping(AccountRow::new)).forEach(r -> rows.put(r.id(), r));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        db.select(ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE)
                .where(ACCOUNT_ROLE.ACCOUNT_ID.in(rows.keySet()))
                .fetch(mapping(RoleKey::new))
                .forEach(r -> Role.fromKey(r.key()).ifPresent(role ->
                        roles.computeIfAbsent(r.accountId(), k -> EnumSet.noneOf(Role.class)).add(role)));
        Map<Long, List<Account.TeamMembership>> teams = new LinkedHashMap<>();
        db.select(TEAM_MEMBER.ACCOUNT_ID, TEAM.ID, TEAM.NAME, TEAM_MEMBER.MANAGER)
                .from(TEAM_MEMBER).join(TEAM).on(TEAM.ID.eq(TEAM_MEMBER.TEAM_ID))
                .where(TEAM_MEMBER.ACCOUNT_ID.in(rows.keySet()))
                .orderBy(TEAM.NAME)
                .fetch(mapping((accountId, teamId, teamName, manager) ->
                        Map.entry(accountId, new Account.TeamMembership(teamId, teamName, manager))))
                .forEach(e -> teams.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Account> result = new ArrayList<>();
        rows.forEach((id, r) -> result.add(new Account(id, r.username(), r.displayName(),
                r.enabled(), roles.getOrDefault(id, EnumSet.noneOf(Role.class)),
                List.copyOf(teams.getOrDefault(id, List.of())))));
        return result;
    }

    private Set<Role> rolesOf(long accountId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        db.select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId))
                .fetch(ACCOUNT_ROLE.ROLE).forEach(key -> Role.fromKey(key).ifPresent(roles::add));
        return roles;
    }

    boolean usernameExists(String username) {
        return db.fetchExists(ACCOUNT, ACCOUNT.USERNAME.eq(username));
    }

    long insertAccount(String username, String displayName, String passwordHash) {
        return db.insertInto(ACCOUNT, ACCOUNT.USERNAME, ACCOUNT.DISPLAY_NAME, ACCOUNT.PASSWORD_HASH)
                .values(username, displayName, passwordHash)
                .returning(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
    }

    void updateAccount(long id, String displayName, boolean enabled) {
        db.update(ACCOUNT).set(ACCOUNT.DISPLAY_NAME, displayName).set(ACCOUNT.ENABLED, enabled)
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    void updatePasswordHash(long id, String passwordHash) {
        db.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, passwordHash).set(ACCOUNT.PASSWORD_SET, true)
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    /** Accounts made by the people import whose password nobody has set yet. */
    Set<Long> withoutPassword() {
        return Set.copyOf(db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.PASSWORD_SET.isFalse()).fetch(ACCOUNT.ID));
    }

    void replaceRoles(long accountId, Set<Role> roles) {
        db.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId)).execute();
        for (Role role : roles) {
            db.insertInto(ACCOUNT_ROLE, ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE).values(accountId, role.key()).execute();
        }
    }

    void replaceMemberships(long accountId, Set<Long> teamIds, Set<Long> managedTeamIds) {
        db.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.ACCOUNT_ID.eq(accountId)).execute();
        Set<Long> all = new java.util.TreeSet<>(teamIds);
        all.addAll(managedTeamIds);
        for (Long teamId : all) {
            db.insertInto(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.ACCOUNT_ID, TEAM_MEMBER.MANAGER)
                    .values(teamId, accountId, managedTeamIds.contains(teamId)).execute();
        }
    }

    boolean anyEnabledAdmin() {
        return db.fetchExists(db.selectOne().from(ACCOUNT_ROLE).join(ACCOUNT).on(ACCOUNT.ID.eq(ACCOUNT_ROLE.ACCOUNT_ID))
                .where(ACCOUNT_ROLE.ROLE.eq(Role.ADMIN.key())).and(ACCOUNT.ENABLED));
    }

    int countEnabledAdminsExcept(long accountId) {
        return db.fetchCount(db.selectOne().from(ACCOUNT_ROLE).join(ACCOUNT).on(ACCOUNT.ID.eq(ACCOUNT_ROLE.ACCOUNT_ID))
                .where(ACCOUNT_ROLE.ROLE.eq(Role.ADMIN.key())).and(ACCOUNT.ENABLED).and(ACCOUNT.ID.ne(accountId)));
    }

    /** Serialises first-admin creation so two setup pages cannot both create one. */
    void lockSetup() {
        db.execute("SELECT pg_advisory_xact_lock(4242001)");
    }

    List<Team> findTeams() {
        var members = DSL.selectCount().from(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(TEAM.ID)).asField("members");
        return db.select(TEAM.ID, TEAM.NAME, SERVICE.NAME, members)
                .from(TEAM).leftJoin(SERVICE).on(SERVICE.ID.eq(TEAM.SERVICE_ID))
                .orderBy(TEAM.NAME)
                .fetch(mapping((id, name, service, count) -> new Team(id, name, service == null ? "" : service,
                        ((Number) count).intValue())))
                .stream().sorted(Comparator.comparing(Team::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    Optional<Team> findTeamByName(String name) {
        return findTeams().stream().filter(t -> t.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    long findOrCreateService(String name) {
        return db.select(SERVICE.ID).from(SERVICE).where(DSL.lower(SERVICE.NAME).eq(name.trim().toLowerCase()))
                .fetchOptional(SERVICE.ID)
                .orElseGet(() -> db.insertInto(SERVICE, SERVICE.NAME).values(name.trim())
                        .returning(SERVICE.ID).fetchOne(SERVICE.ID));
    }

    long insertTeam(String name, Long serviceId) {
        return db.insertInto(TEAM, TEAM.NAME, TEAM.SERVICE_ID).values(name.trim(), serviceId)
                .returning(TEAM.ID).fetchOne(TEAM.ID);
    }

    boolean teamNameExists(String name) {
        return db.fetchExists(TEAM, DSL.lower(TEAM.NAME).eq(name.trim().toLowerCase()));
    }

    // --- personal data ("Download my data" and erasure) ---

    Optional<AccountPersonalData.ErasureCandidate> lockForErasure(long id) {
        return db.select(ACCOUNT.ID, ACCOUNT.USERNAME, ACCOUNT.ERASED_AT.isNotNull())
                .from(ACCOUNT).where(ACCOUNT.ID.eq(id)).forUpdate()
                .fetchOptional(mapping(AccountPersonalData.ErasureCandidate::new));
    }

    AccountPersonalData.Profile profile(long id) {
        var account = db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchSingle();
        List<String> roles = db.select(ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(id))
                .orderBy(ACCOUNT_ROLE.ROLE).fetch(ACCOUNT_ROLE.ROLE);
        List<AccountPersonalData.TeamMembership> teams = db.select(TEAM.NAME, TEAM_MEMBER.MANAGER)
                .from(TEAM_MEMBER).join(TEAM).on(TEAM.ID.eq(TEAM_MEMBER.TEAM_ID))
                .where(TEAM_MEMBER.ACCOUNT_ID.eq(id)).orderBy(TEAM.NAME)
                .fetch(mapping(AccountPersonalData.TeamMembership::new));
        return new AccountPersonalData.Profile(id, account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getEnabled(), account.getCreatedAt(), roles, teams);
    }

    /**
     * Removes the account's organisation sign-in links, roles, teams, e-mail address and SCIM external id, and
     * anonymises its row, which
     * stays (as "erased-&lt;id&gt;", disabled, with an unusable password) so other records still point somewhere.
     */
    void erase(long id, String erasedName, String unusablePasswordHash) {
        db.deleteFrom(ACCOUNT_IDENTITY).where(ACCOUNT_IDENTITY.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.ACCOUNT_ID.eq(id)).execute();
        db.update(ACCOUNT)
                .set(ACCOUNT.USERNAME, "erased-" + id)
                .set(ACCOUNT.DISPLAY_NAME, erasedName)
                .set(ACCOUNT.EMAIL, (String) null)
                .set(ACCOUNT.SCIM_EXTERNAL_ID, (String) null)
                .set(ACCOUNT.PASSWORD_HASH, unusablePasswordHash)
                .set(ACCOUNT.ENABLED, false)
                .set(ACCOUNT.ERASED_AT, DSL.currentOffsetDateTime())
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    // --- names for other features (Directory) ---

    Map<Long, String> displayNames(Collection<Long> accountIds) {
        return db.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME).from(ACCOUNT).where(ACCOUNT.ID.in(Set.copyOf(accountIds)))
                .fetchMap(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME);
    }

    Map<Long, String> emails(Collection<Long> accountIds) {
        return db.select(ACCOUNT.ID, ACCOUNT.EMAIL).from(ACCOUNT)
                .where(ACCOUNT.ID.in(Set.copyOf(accountIds)), ACCOUNT.ENABLED.isTrue(), ACCOUNT.EMAIL.isNotNull())
                .fetchMap(ACCOUNT.ID, ACCOUNT.EMAIL);
    }

    Map<Long, String> teamNames(Collection<Long> teamIds) {
        // fetchMap keeps the query's order (a LinkedHashMap)
        return db.select(TEAM.ID, TEAM.NAME).from(TEAM).where(TEAM.ID.in(Set.copyOf(teamIds)))
                .orderBy(TEAM.NAME, TEAM.ID).fetchMap(TEAM.ID, TEAM.NAME);
    }
}
