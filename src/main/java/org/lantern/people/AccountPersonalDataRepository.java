package org.lantern.people;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.jooq.Records.mapping;
import static org.lantern.db.Tables.ACCOUNT;
import static org.lantern.db.Tables.ACCOUNT_IDENTITY;
import static org.lantern.db.Tables.ACCOUNT_ROLE;
import static org.lantern.db.Tables.TEAM;
import static org.lantern.db.Tables.TEAM_MEMBER;

/** jOOQ reads and erasure of an account's own rows (profile, roles, teams, organisation sign-in links). */
@Repository
class AccountPersonalDataRepository {

    private final DSLContext db;

    AccountPersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    Optional<AccountPersonalData.ErasureCandidate> lock(long id) {
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
        return new AccountPersonalData.Profile(id, account.getUsername(), account.getDisplayName(), account.getEnabled(),
                account.getCreatedAt(), roles, teams);
    }

    /**
     * Removes the account's organisation sign-in links, roles and teams, and anonymises its row, which
     * stays (as "erased-&lt;id&gt;", disabled, with an unusable password) so other records still point somewhere.
     */
    void erase(long id, String erasedName, String unusablePasswordHash) {
        db.deleteFrom(ACCOUNT_IDENTITY).where(ACCOUNT_IDENTITY.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(id)).execute();
        db.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.ACCOUNT_ID.eq(id)).execute();
        db.update(ACCOUNT)
                .set(ACCOUNT.USERNAME, "erased-" + id)
                .set(ACCOUNT.DISPLAY_NAME, erasedName)
                .set(ACCOUNT.PASSWORD_HASH, unusablePasswordHash)
                .set(ACCOUNT.ENABLED, false)
                .set(ACCOUNT.ERASED_AT, DSL.currentOffsetDateTime())
                .where(ACCOUNT.ID.eq(id)).execute();
    }
}
