package org.lantern.people;

import lombok.RequiredArgsConstructor;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

import static org.lantern.db.Tables.SCIM_TOKEN;

/** jOOQ access to SCIM bearer tokens: only their SHA-256 hashes are stored. */
@Repository
@RequiredArgsConstructor
class ScimTokenRepository {

    private final DSLContext db;

    long insert(String label, String hash, String createdBy) {
        return db.insertInto(SCIM_TOKEN, SCIM_TOKEN.LABEL, SCIM_TOKEN.TOKEN_HASH, SCIM_TOKEN.CREATED_BY)
                .values(label, hash, createdBy).returning(SCIM_TOKEN.ID).fetchOne(SCIM_TOKEN.ID);
    }

    List<ScimTokens.Token> all() {
        return db.select(SCIM_TOKEN.ID, SCIM_TOKEN.LABEL, SCIM_TOKEN.CREATED_BY, SCIM_TOKEN.CREATED_AT,
                        SCIM_TOKEN.LAST_USED_AT, SCIM_TOKEN.REVOKED_AT)
                .from(SCIM_TOKEN).orderBy(SCIM_TOKEN.CREATED_AT.desc(), SCIM_TOKEN.ID.desc())
                .fetch(Records.mapping(ScimTokens.Token::new));
    }

    Optional<String> labelOf(long id) {
        return db.select(SCIM_TOKEN.LABEL).from(SCIM_TOKEN).where(SCIM_TOKEN.ID.eq(id)).fetchOptional(SCIM_TOKEN.LABEL);
    }

    boolean revoke(long id, String by) {
        return db.update(SCIM_TOKEN).set(SCIM_TOKEN.REVOKED_AT, DSL.currentOffsetDateTime()).set(SCIM_TOKEN.REVOKED_BY, by)
                .where(SCIM_TOKEN.ID.eq(id)).and(SCIM_TOKEN.REVOKED_AT.isNull()).execute() == 1;
    }

    /** Whether a token with this hash is live; notes that it was used. */
    boolean use(String hash) {
        return db.update(SCIM_TOKEN).set(SCIM_TOKEN.LAST_USED_AT, DSL.currentOffsetDateTime())
                .where(SCIM_TOKEN.TOKEN_HASH.eq(hash)).and(SCIM_TOKEN.REVOKED_AT.isNull()).execute() == 1;
    }
}
