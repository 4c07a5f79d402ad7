package org.lantern.people;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.lantern.db.Tables.ACCOUNT;

/** jOOQ access for the people import: e-mail addresses and the account rows it writes. */
@Repository
class PeopleImportRepository {

    private final DSLContext db;

    PeopleImportRepository(DSLContext db) {
        this.db = db;
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

    long insertAccount(String username, String displayName, @Nullable String email, String unusablePasswordHash) {
        return db.insertInto(ACCOUNT, ACCOUNT.USERNAME, ACCOUNT.DISPLAY_NAME, ACCOUNT.EMAIL, ACCOUNT.PASSWORD_HASH)
                .values(username, displayName, email, unusablePasswordHash)
                .returning(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
    }

    void updateAccount(long id, String displayName, @Nullable String email, boolean enabled) {
        db.update(ACCOUNT).set(ACCOUNT.DISPLAY_NAME, displayName).set(ACCOUNT.EMAIL, email).set(ACCOUNT.ENABLED, enabled)
                .where(ACCOUNT.ID.eq(id)).execute();
    }
}
