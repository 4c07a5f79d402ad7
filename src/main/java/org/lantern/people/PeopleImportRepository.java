package org.lantern.people;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jspecify.annotations.Nullable;
import org.lantern.base.security.Role;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ACCOUNT_ROLE;
import static org.lantern.db.Tables.TEAM_MEMBER;

/**
 * jOOQ access for the people import: e-mail addresses, and the accounts, roles and memberships it
 * writes, a thousand rows to a statement so that thousands of people take seconds, not minutes.
 */
@Repository
@RequiredArgsConstructor
class PeopleImportRepository {

    private static final int CHUNK = 1000;

    private final DSLContext db;

    /** A new account's own columns. */
    record NewRow(String username, String displayName, @Nullable String email) {
    }

    /** Serialises imports, so two applied at once cannot both create the same person. */
    void lock() {
        db.execute("SELECT pg_advisory_xact_lock(4242002)");
    }

    Map<Long, String> emails() {
        return db.select(ACCOUNT.ID, ACCOUNT.EMAIL).from(ACCOUNT).where(ACCOUNT.EMAIL.isNotNull())
                .fetchMap(ACCOUNT.ID, ACCOUNT.EMAIL);
    }

    Set<Long> erased() {
        return new HashSet<>(db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.ERASED_AT.isNotNull()).fetch(ACCOUNT.ID));
    }

    /** Inserts the accounts, all with the same unusable password hash; answers their ids by user name. */
    Map<String, Long> insertAccounts(List<NewRow> rows, String unusablePasswordHash) {
        Map<String, Long> ids = new HashMap<>();
        for (List<NewRow> chunk : chunks(rows)) {
            var insert = db.insertInto(ACCOUNT, ACCOUNT.USERNAME, ACCOUNT.DISPLAY_NAME, ACCOUNT.EMAIL, ACCOUNT.PASSWORD_HASH,
                    ACCOUNT.PASSWORD_SET);
            for (NewRow row : chunk) {
                insert = insert.values(row.username(), row.displayName(), row.email(), unusablePasswordHash, false);
            }
            insert.returning(ACCOUNT.ID, ACCOUNT.USERNAME).fetch().forEach(r -> ids.put(r.get(ACCOUNT.USERNAME), r.get(ACCOUNT.ID)));
        }
        return ids;
    }

    void updateAccounts(List<ImportPlanner.Target> targets) {
        List<Query> updates = targets.stream().map(t -> (Query) db.update(ACCOUNT).set(ACCOUNT.DISPLAY_NAME, t.displayName())
                .set(ACCOUNT.EMAIL, t.email()).set(ACCOUNT.ENABLED, t.enabled()).where(ACCOUNT.ID.eq(t.accountId()))).toList();
        for (List<Query> chunk : chunks(updates)) {
            db.batch(chunk).execute();
        }
    }

    /** Replaces the roles of each account given. */
    void replaceRoles(Map<Long, Set<Role>> roles) {
        for (List<Long> chunk : chunks(List.copyOf(roles.keySet()))) {
            db.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.in(chunk)).execute();
            var insert = db.insertInto(ACCOUNT_ROLE, ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE);
            for (Long id : chunk) {
                for (Role role : roles.get(id)) {
                    insert = insert.values(id, role.key());
                }
            }
            insert.execute();
        }
    }

    /** Replaces the team memberships of each account given: team id, and whether they manage it. */
    void replaceMemberships(Map<Long, Map<Long, Boolean>> memberships) {
        for (List<Long> chunk : chunks(List.copyOf(memberships.keySet()))) {
            db.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.ACCOUNT_ID.in(chunk)).execute();
            var insert = db.insertInto(TEAM_MEMBER, TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.ACCOUNT_ID, TEAM_MEMBER.MANAGER);
            boolean any = false;
            for (Long id : chunk) {
                for (Map.Entry<Long, Boolean> team : memberships.get(id).entrySet()) {
                    insert = insert.values(team.getKey(), id, team.getValue());
                    any = true;
                }
            }
            if (any) {
                insert.execute();
            }
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
